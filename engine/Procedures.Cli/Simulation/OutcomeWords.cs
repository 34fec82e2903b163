using Procedures.Language.Syntax;
using Procedures.Runtime.Simulation;
using Procedures.Workflows.Activities;

namespace Procedures.Cli.Simulation;

/// <summary>
/// The words a user may write in <c>simulate --path</c>: each outcome id exactly as the file writes it, and the
/// engine's built-in outcomes in both languages, spelled as the keyword table spells them (<c>yes</c>/<c>có</c>,
/// <c>complaint</c>/<c>khiếu nại</c>, <c>silence</c>/<c>im lặng</c>, <c>refuse</c>/<c>từ chối</c> …) plus the status words an officer says
/// (<c>Received</c>, <c>đã tiếp nhận</c>, <c>chưa đầy đủ</c>). Case-insensitive, NFC; a word written without its
/// diacritics (<c>khieu nai</c>) matches too. Ports are shown back in the file's language.
/// </summary>
public sealed class OutcomeWords(KeywordLanguage language) : IOutcomeWords
{
    static readonly KeywordTable Keywords = KeywordTable.Instance;

    public KeywordLanguage Language => language;

    public string? Match(string word, IReadOnlyList<string> allowed)
    {
        var wanted = Normal(word);
        foreach (var port in allowed)
            if (Spellings(port).Any(s => Normal(s) == wanted))
                return port;
        var bare = Bare(word);
        return allowed.FirstOrDefault(port => Spellings(port).Any(s => Bare(s) == bare));
    }

    public string Display(string port) => port switch
    {
        Ports.Received => language == KeywordLanguage.Vietnamese ? "đã tiếp nhận" : "received",
        Ports.Incomplete => Keywords.Spell(TokenKind.RequestCompletion, language),
        Ports.Refused => Keywords.Spell(TokenKind.Refuse, language),
        Ports.True => Keywords.Spell(TokenKind.Yes, language),
        Ports.False => Keywords.Spell(TokenKind.No, language),
        Ports.Complaint => Keywords.Spell(TokenKind.Complaint, language),
        Ports.Silence => Keywords.Spell(TokenKind.Silence, language),
        Ports.Completed => language == KeywordLanguage.Vietnamese ? "đã bổ sung" : "completed",
        Ports.Done => language == KeywordLanguage.Vietnamese ? "xong" : "done",
        _ => port,
    };

    static IEnumerable<string> Spellings(string port) => port switch
    {
        Ports.Received => [port, "received", .. Both(TokenKind.Receive), "đã tiếp nhận"],
        Ports.Incomplete => [port, "incomplete", .. Both(TokenKind.RequestCompletion), "chưa đầy đủ"],
        Ports.Refused => [port, "refused", .. Both(TokenKind.Refuse)],
        Ports.True => [port, .. Both(TokenKind.Yes)],
        Ports.False => [port, .. Both(TokenKind.No)],
        Ports.Complaint => [port, .. Both(TokenKind.Complaint)],
        Ports.Silence => [port, .. Both(TokenKind.Silence)],
        Ports.Completed => [port, "đã bổ sung"],
        Ports.Done => [port, "xong"],
        _ => [port],
    };

    static string[] Both(TokenKind keyword) =>
        [Keywords.Spell(keyword, KeywordLanguage.English), Keywords.Spell(keyword, KeywordLanguage.Vietnamese)];

    static string Normal(string text) => KeywordTable.ToNfc(text.Trim()).ToLowerInvariant();

    /// <summary>Without diacritics, đ as d, any run of spaces or punctuation as one dash: "Khiếu nại" → "khieu-nai".</summary>
    static string Bare(string text) => ActivityIds.FromStepId(text);
}
