using Procedures.Language.Text;

namespace Procedures.Language.Syntax.Nodes;

// The facts a published procedure states beyond its header (Decree 63/2010 Art. 8): the applicant's windows, the
// refusal letter, fees by case, payments to the citizen, duties after the result, requirements.

/// <summary>
/// The applicant's window to file: <c>hạn nộp trong 3 tháng kể từ `Ngày`</c> (<paramref name="Kind"/> is the
/// <c>within</c> keyword), <c>hạn nộp trước `Ngày` ít nhất 15 ngày</c> (the <c>at least</c> keyword) or
/// <c>hạn nộp trong 30 ngày trước hoặc sau `Ngày`</c> (the <c>before or after</c> keyword).
/// <paramref name="Field"/> is the date field between backticks. <paramref name="When"/> limits the window to the dossiers
/// whose data meets it (<c>khi `…`</c>); <paramref name="LateAccepted"/> (<c>chậm vẫn nhận</c>) makes a missed window
/// a warning to the officer rather than a refusal.
/// </summary>
public sealed record ApplyLine(KeywordSyntax Kind, TimeLimitSyntax Period, Condition Field, SourceSpan Span) : LineSyntax(Span)
{
    public Condition? When { get; init; }
    public KeywordSyntax? LateAccepted { get; init; }
}

/// <summary>The written refusal a refused dossier gets back: <c>kết quả từ chối "…" [mẫu "…"]</c>.</summary>
public sealed record RefusalResultLine(Quoted Title, Quoted? Form, SourceSpan Span) : LineSyntax(Span);

/// <summary>A duty of the applicant after the result: <c>nghĩa vụ "…" [thủ tục 1.000362]</c>.</summary>
public sealed record DutyLine(Quoted Text, NumberLiteral? Procedure, SourceSpan Span) : LineSyntax(Span);

/// <summary>A fee by case: <c>phí 50000 "Lệ phí cấp giấy phép" [khi `…`]</c>.</summary>
public sealed record FeeLine(NumberLiteral Amount, Quoted Item, Condition? When, SourceSpan Span) : LineSyntax(Span);

/// <summary>A payment to the citizen: <c>chi trả "…" [50000 | "mức"] [khi `…`] [giai đoạn id]</c>.</summary>
public sealed record PaymentLine(Quoted Title, NumberLiteral? Amount, Quoted? AmountText, Condition? When, Word? Phase, SourceSpan Span) : LineSyntax(Span);

/// <summary>The <c>yêu cầu</c> / <c>requirements</c> block header.</summary>
public sealed record RequirementsLine(SourceSpan Span) : LineSyntax(Span);

/// <summary>One requirement or condition: its text, and the condition that checks it at submission.</summary>
public sealed record RequirementLine(Quoted Text, Condition? Check, SourceSpan Span) : LineSyntax(Span);

/// <summary>The requirements block: the requirements in file order.</summary>
public sealed record RequirementsSyntax(RequirementsLine Line, IReadOnlyList<RequirementLine> Requirements);

/// <summary>Issued at most this long before the filing: <c>cấp trong 6 tháng</c>.</summary>
public sealed record IssuedWithinModifier(KeywordSyntax Keyword, TimeLimitSyntax Limit) : DocumentModifier(Keyword);

/// <summary>A property that is there or not: consular legalisation, certified translation, electronic copy accepted.</summary>
public sealed record PropertyModifier(KeywordSyntax Keyword) : DocumentModifier(Keyword);

/// <summary>The agency looks the document up instead of asking for it: <c>tra cứu "Cơ sở dữ liệu quốc gia về dân cư"</c>.</summary>
public sealed record LookedUpModifier(KeywordSyntax Keyword, Quoted Database) : DocumentModifier(Keyword);

/// <summary>The document is about another person than the applicant: <c>của "người được đề nghị công nhận"</c>.</summary>
public sealed record AboutModifier(KeywordSyntax Keyword, Quoted Person) : DocumentModifier(Keyword);
