using System.Text.RegularExpressions;
using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax.Nodes;
using Procedures.Language.Text;
using Superpower;
using Superpower.Model;

namespace Procedures.Language.Syntax;

/// <summary>
/// Reads a file line by line: each line is parsed on its own by <see cref="Grammar"/>, so a broken line
/// is reported and skipped and the rest of the file still yields its problems. The lines are then
/// grouped into the procedure's facts, documents (by case) and steps, or into catalogue entries.
/// </summary>
public static partial class Parser
{
    static readonly Tokenizer Tokenizer = new();

    [GeneratedRegex(@"^#\s*(?:language|ngôn ngữ)\s*:\s*(?<tag>.*?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageHeader();

    public static (FileSyntax Syntax, IReadOnlyList<Diagnostic> Diagnostics) Parse(SourceFile source)
    {
        var tokens = Tokenizer.TryTokenize(source.Text).Value.ToArray();
        var comments = new List<CommentSyntax>();
        var lines = new List<Token<TokenKind>[]>();
        var current = new List<Token<TokenKind>>();
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Comment)
            {
                comments.Add(new CommentSyntax(token.ToStringValue(), token.ToSpan()));
                continue;
            }
            if (current.Count > 0 && current[0].Position.Line != token.Position.Line)
            {
                lines.Add([.. current]);
                current.Clear();
            }
            current.Add(token);
        }
        if (current.Count > 0)
            lines.Add([.. current]);

        var (language, declared, unknownTag) = DetectLanguage(comments, lines);
        if (source.Encoding != SourceEncoding.Utf8)
            return Unreadable(source, declared ? language : source.Encoding == SourceEncoding.Legacy8Bit ? KeywordLanguage.Vietnamese : language);
        var bag = new DiagnosticBag(source.Path, language);
        if (unknownTag is { } unknown)
            bag.Add(DiagnosticCatalogue.UnknownLanguage, unknown.Comment.Span, unknown.Tag);
        if (source.HadInvalidUtf8)
            bag.Add(DiagnosticCatalogue.InvalidUtf8, FileStart);
        if (lines.Count == 0)
        {
            var vi = language == KeywordLanguage.Vietnamese;
            bag.Add(DiagnosticCatalogue.EmptyFile, FileStart,
                comments.Count == 0 ? (vi ? "trống" : "is empty") : (vi ? "chỉ có chú thích" : "holds only comments"),
                KeywordTable.Instance.Spell(TokenKind.Procedure, language));
        }

        var builder = new FileBuilder(source, language, declared, bag, comments);
        foreach (var line in lines)
            builder.Accept(line);
        return (builder.Build(), bag.Items);
    }

    static readonly SourceSpan FileStart = new(0, 0, 1, 1);

    /// <summary>
    /// A file in another encoding gets one error naming it and nothing else: its lines, read as UTF-8, would
    /// each report mojibake. Its language comes from its header; without one an 8-bit code page means Vietnamese.
    /// </summary>
    static (FileSyntax, IReadOnlyList<Diagnostic>) Unreadable(SourceFile source, KeywordLanguage language)
    {
        var vi = language == KeywordLanguage.Vietnamese;
        var encoding = source.Encoding switch
        {
            SourceEncoding.Utf16LittleEndian => "UTF-16 little-endian",
            SourceEncoding.Utf16BigEndian => "UTF-16 big-endian",
            _ => vi ? "8-bit cũ (Windows-1258, TCVN3 hoặc VNI)" : "an 8-bit code page (Windows-1258, TCVN3 or VNI)",
        };
        var bag = new DiagnosticBag(source.Path, language);
        bag.Add(DiagnosticCatalogue.UnreadableEncoding, FileStart, encoding);
        return (new FileSyntax(source, language, false, null, [], [], [], [], []), bag.Items);
    }

    /// <summary>The header's language; without a usable header, the language of the first keyword (English when none).</summary>
    static (KeywordLanguage, bool, (CommentSyntax Comment, string Tag)?) DetectLanguage(List<CommentSyntax> comments, List<Token<TokenKind>[]> lines)
    {
        (CommentSyntax, string)? unknown = null;
        var firstLine = lines.Count > 0 ? lines[0][0].Position.Line : int.MaxValue;
        foreach (var comment in comments.TakeWhile(c => c.Span.Line < firstLine))
        {
            var match = LanguageHeader().Match(comment.Text);
            if (!match.Success)
                continue;
            var tag = match.Groups["tag"].Value;
            if (KeywordLanguageNames.FromTag(tag) is { } language)
                return (language, true, null);
            unknown = (comment, tag);
            break;
        }
        foreach (var line in lines)
            foreach (var token in line)
                if (KeywordTable.IsKeyword(token.Kind)
                    && KeywordTable.Instance.TryLookup(KeywordTable.Normalise(token.ToStringValue()), out _, out var language))
                    return (language, false, unknown);
        return (KeywordLanguage.English, false, unknown);
    }
}
