using System.Collections.Frozen;
using System.Text;

namespace Procedures.Language.Syntax;

/// <summary>
/// The two keyword sets, one table per language. Both sets mean exactly the same; a file picks one with
/// its <c># language:</c> header (Gherkin's precedent). Vietnamese keywords are often several words
/// ("thành phần hồ sơ"), so the tokenizer matches the longest phrase.
/// </summary>
public sealed class KeywordTable
{
    static readonly (TokenKind Keyword, string English, string Vietnamese)[] Rows =
    [
        (TokenKind.Procedure, "procedure", "thủ tục"),
        (TokenKind.Documents, "documents", "thành phần hồ sơ"),
        (TokenKind.Steps, "steps", "trình tự"),
        (TokenKind.Agency, "agency", "cơ quan"),
        (TokenKind.Unit, "unit", "đơn vị"),
        (TokenKind.Document, "document", "giấy tờ"),
        (TokenKind.Subject, "subject", "đối tượng"),
        (TokenKind.Field, "field", "lĩnh vực"),
        (TokenKind.Level, "level", "cấp"),
        (TokenKind.Coordinating, "coordinating", "cơ quan phối hợp"),
        (TokenKind.Applicants, "applicants", "đối tượng thực hiện"),
        (TokenKind.Basis, "basis", "căn cứ"),
        (TokenKind.Article, "article", "điều"),
        (TokenKind.Published, "published", "công bố"),
        (TokenKind.Effective, "effective", "hiệu lực"),
        (TokenKind.Abolished, "abolished", "bãi bỏ"),
        (TokenKind.By, "by", "do"),
        (TokenKind.Deadline, "deadline", "thời hạn"),
        (TokenKind.Result, "result", "kết quả"),
        (TokenKind.Channel, "channel", "cách thức"),
        (TokenKind.Fee, "fee", "phí"),
        (TokenKind.Code, "code", "mã"),
        (TokenKind.Ministry, "ministry", "bộ"),
        (TokenKind.Province, "province", "tỉnh"),
        (TokenKind.District, "district", "huyện"),
        (TokenKind.Commune, "commune", "xã"),
        (TokenKind.Other, "other", "khác"),
        (TokenKind.InPerson, "in-person", "trực tiếp"),
        (TokenKind.Online, "online", "trực tuyến"),
        (TokenKind.Full, "full", "toàn trình"),
        (TokenKind.Partial, "partial", "một phần"),
        (TokenKind.Postal, "postal", "bưu chính"),
        (TokenKind.WorkingDays, "working days", "ngày làm việc"),
        (TokenKind.WorkingDay, "working day", "ngày làm việc"),
        (TokenKind.Days, "days", "ngày"),
        (TokenKind.Day, "day", "ngày"),
        (TokenKind.Hours, "hours", "giờ"),
        (TokenKind.Hour, "hour", "giờ"),
        (TokenKind.Case, "case", "trường hợp"),
        (TokenKind.Form, "form", "mẫu"),
        (TokenKind.Originals, "originals", "bản chính"),
        (TokenKind.Copies, "copies", "bản sao"),
        (TokenKind.CertifiedCopies, "certified copies", "bản sao chứng thực"),
        (TokenKind.Original, "original", "bản chính"),
        (TokenKind.Copy, "copy", "bản sao"),
        (TokenKind.CertifiedCopy, "certified copy", "bản sao chứng thực"),
        (TokenKind.Optional, "optional", "không bắt buộc"),
        (TokenKind.When, "when", "khi"),
        (TokenKind.Receive, "receive", "tiếp nhận"),
        (TokenKind.Step, "step", "bước"),
        (TokenKind.Consult, "consult", "lấy ý kiến"),
        (TokenKind.Route, "route", "luân chuyển"),
        (TokenKind.Forward, "forward", "chuyển cấp trên"),
        (TokenKind.Post, "post", "niêm yết"),
        (TokenKind.Branch, "branch", "rẽ nhánh"),
        (TokenKind.Return, "return", "trả kết quả"),
        (TokenKind.Within, "within", "trong"),
        (TokenKind.With, "with", "với"),
        (TokenKind.To, "to", "đến"),
        (TokenKind.If, "if", "nếu"),
        (TokenKind.OneStop, "one-stop", "một cửa"),
        (TokenKind.Yes, "yes", "có"),
        (TokenKind.No, "no", "không"),
        (TokenKind.Complaint, "complaint", "khiếu nại"),
        (TokenKind.RequestCompletion, "request completion", "yêu cầu bổ sung"),
        (TokenKind.Refuse, "refuse", "từ chối"),
        (TokenKind.Data, "data", "dữ liệu"),
        (TokenKind.FieldSet, "field set", "nhóm dữ liệu"),
        (TokenKind.Use, "use", "dùng"),
        (TokenKind.Required, "required", "bắt buộc"),
        (TokenKind.Help, "help", "hướng dẫn"),
        (TokenKind.TextType, "text", "văn bản"),
        (TokenKind.WholeNumberType, "whole number", "số nguyên"),
        (TokenKind.DecimalType, "decimal", "số thập phân"),
        (TokenKind.MoneyType, "money", "số tiền"),
        (TokenKind.YesNoType, "yes or no", "có hoặc không"),
        (TokenKind.DateType, "date", "ngày tháng"),
        (TokenKind.OneOf, "one of", "một trong"),
        (TokenKind.ListOf, "list of", "danh sách"),
        // The sector law's own rule on requests to complete, in place of the one-stop default (Decree 61/2018 Art. 19).
        (TokenKind.CompletionRestarts, "completion restarts the deadline per", "bổ sung hồ sơ tính lại thời hạn theo"),
        (TokenKind.CompletionRepeats, "completion may be requested again per", "bổ sung hồ sơ nhiều lần theo"),
        (TokenKind.Notify, "notify", "thông báo"),
        (TokenKind.Transfer, "transfer", "chuyển"),
        (TokenKind.Silence, "silence", "im lặng"),
        (TokenKind.ReturnDossier, "return dossier", "trả hồ sơ"),
        (TokenKind.Applicant, "applicant", "người nộp"),
        (TokenKind.Party, "party", "bên"),
        (TokenKind.ReceivingAgency, "receiving agency", "cơ quan tiếp nhận"),
        (TokenKind.StartedByAgency, "started by agency", "khởi xướng bởi cơ quan"),
        (TokenKind.Await, "await", "chờ"),
        (TokenKind.From, "from", "kể từ"),
        (TokenKind.Phase, "phase", "giai đoạn"),
        (TokenKind.Months, "months", "tháng"),
        (TokenKind.Month, "month", "tháng"),
        (TokenKind.Years, "years", "năm"),
        (TokenKind.Year, "year", "năm"),
        (TokenKind.Apply, "apply", "hạn nộp"),
        // An applicant's window reads "of" (Of, a document's "của") or "from" (From, "kể từ") in English, and writes "of"
        // in English, "kể từ" in Vietnamese.
        (TokenKind.Of, "of", "của"),
        (TokenKind.AtLeast, "at least", "ít nhất"),
        (TokenKind.Before, "before", "trước"),
        (TokenKind.BeforeOrAfter, "before or after", "trước hoặc sau"),
        (TokenKind.Duty, "duty", "nghĩa vụ"),
        (TokenKind.ValidFor, "valid for", "có giá trị"),
        (TokenKind.RefusalResult, "refusal result", "kết quả từ chối"),
        (TokenKind.Payment, "payment", "chi trả"),
        (TokenKind.Requirements, "requirements", "yêu cầu"),
        (TokenKind.Check, "check", "kiểm tra"),
        (TokenKind.IssuedWithin, "issued within", "cấp trong"),
        // Both placements of the tone mark (hóa, hoá) and both English spellings are read; the second row is how the
        // formatter writes it (a later row sets the spelling).
        (TokenKind.ConsularLegalisation, "consular legalization", "hợp pháp hoá lãnh sự"),
        (TokenKind.ConsularLegalisation, "consular legalisation", "hợp pháp hóa lãnh sự"),
        (TokenKind.CertifiedTranslation, "certified translation", "dịch có chứng thực"),
        (TokenKind.ElectronicAccepted, "electronic accepted", "nhận bản điện tử"),
        (TokenKind.LookedUpIn, "looked up in", "tra cứu"),
        (TokenKind.LateAccepted, "late accepted", "chậm vẫn nhận"),
    ];

    readonly FrozenDictionary<string, (TokenKind Keyword, KeywordLanguage Language)> byPhrase;
    readonly FrozenDictionary<(TokenKind, KeywordLanguage), string> spelling;

    public static KeywordTable Instance { get; } = new();

    KeywordTable()
    {
        var phrases = new Dictionary<string, (TokenKind, KeywordLanguage)>();
        var spellings = new Dictionary<(TokenKind, KeywordLanguage), string>();
        foreach (var (keyword, english, vietnamese) in Rows)
        {
            phrases.TryAdd(Normalise(english), (keyword, KeywordLanguage.English));
            phrases.TryAdd(Normalise(vietnamese), (keyword, KeywordLanguage.Vietnamese));
            spellings[(keyword, KeywordLanguage.English)] = english;
            spellings[(keyword, KeywordLanguage.Vietnamese)] = vietnamese;
        }
        byPhrase = phrases.ToFrozenDictionary();
        spelling = spellings.ToFrozenDictionary();
        LongestPhraseWords = phrases.Keys.Max(p => p.Split(' ').Length);
        FirstWords = phrases.Keys.Select(p => p.Split(' ')[0]).ToFrozenSet();
    }

    /// <summary>How many words the longest keyword phrase has; bounds the tokenizer's look-ahead.</summary>
    public int LongestPhraseWords { get; }

    /// <summary>Lower-case NFC first words of every phrase, so most identifiers are ruled out at once.</summary>
    public FrozenSet<string> FirstWords { get; }

    /// <summary>Every keyword spelling of a language, for "did you mean" suggestions.</summary>
    public IReadOnlyList<string> Spellings(KeywordLanguage language) =>
        language == KeywordLanguage.Vietnamese ? vietnameseSpellings : englishSpellings;

    readonly string[] englishSpellings = Rows.Select(r => r.English).Distinct().ToArray();
    readonly string[] vietnameseSpellings = Rows.Select(r => r.Vietnamese).Distinct().ToArray();

    public bool TryLookup(string normalisedPhrase, out TokenKind keyword, out KeywordLanguage language)
    {
        if (byPhrase.TryGetValue(normalisedPhrase, out var hit))
        {
            (keyword, language) = hit;
            return true;
        }
        (keyword, language) = (default, default);
        return false;
    }

    public static bool IsKeyword(TokenKind kind) => kind >= TokenKind.Procedure;

    /// <summary>The spelling of a keyword in a language, e.g. Within → "trong".</summary>
    public string Spell(TokenKind keyword, KeywordLanguage language) => spelling[(keyword, language)];

    /// <summary>
    /// The form of a counted keyword that agrees with its number: 1 → "original", "working day";
    /// anything else → "originals", "working days". Other keywords come back as they are.
    /// </summary>
    public static TokenKind ForCount(TokenKind keyword, bool one) => keyword switch
    {
        TokenKind.Originals or TokenKind.Original => one ? TokenKind.Original : TokenKind.Originals,
        TokenKind.Copies or TokenKind.Copy => one ? TokenKind.Copy : TokenKind.Copies,
        TokenKind.CertifiedCopies or TokenKind.CertifiedCopy => one ? TokenKind.CertifiedCopy : TokenKind.CertifiedCopies,
        TokenKind.WorkingDays or TokenKind.WorkingDay => one ? TokenKind.WorkingDay : TokenKind.WorkingDays,
        TokenKind.Days or TokenKind.Day => one ? TokenKind.Day : TokenKind.Days,
        TokenKind.Hours or TokenKind.Hour => one ? TokenKind.Hour : TokenKind.Hours,
        TokenKind.Months or TokenKind.Month => one ? TokenKind.Month : TokenKind.Months,
        TokenKind.Years or TokenKind.Year => one ? TokenKind.Year : TokenKind.Years,
        _ => keyword,
    };

    /// <summary>NFC, or the text as it is when it cannot be normalised (a lone surrogate, say).</summary>
    public static string ToNfc(string text, NormalizationForm form = NormalizationForm.FormC)
    {
        try
        {
            return text.IsNormalized(form) ? text : text.Normalize(form);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>Keywords compare case-insensitively and in Unicode NFC, so decomposed Vietnamese text still matches.</summary>
    public static string Normalise(string text)
    {
        var nfc = ToNfc(text);
        if (nfc.Contains("  ") || nfc.Contains('\t'))
            nfc = string.Join(' ', nfc.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return nfc.ToLowerInvariant();
    }
}
