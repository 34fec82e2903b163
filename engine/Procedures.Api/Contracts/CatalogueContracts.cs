using System.Text.Json.Nodes;

namespace Procedures.Api.Contracts;

/// <summary>An agency as the shared catalogue names it; <c>code</c> is the code that opens its dossier numbers (Circular 01/2018 Art. 19).</summary>
public sealed record AgencyView(string Name, string? Code);

/// <summary>A time limit: an amount of working days, calendar days or hours, and its text in the caller's language.</summary>
public sealed record TimeLimitView(decimal Amount, string Unit, string Text);

/// <summary>One line of the catalogue: what a portal lists.</summary>
public sealed record ProcedureSummary(
    string Code,
    string Name,
    string Field,
    IReadOnlyList<string> Levels,
    AgencyView Agency,
    IReadOnlyList<Channel> Channels,
    TimeLimitView TimeLimit,
    int Version,
    bool Abolished);

/// <summary>Who may apply (đối tượng thực hiện).</summary>
public sealed record SubjectView(string Code, string Name);

/// <summary>One channel with its own time limit and fee (phí, lệ phí) in đồng.</summary>
public sealed record ChannelView(Channel Channel, string Name, TimeLimitView TimeLimit, decimal? Fee, string? FeeNote);

/// <summary>One entry of the legal basis (căn cứ pháp lý).</summary>
public sealed record LegalBasisView(string DocumentCode, string Name, string? Article);

/// <summary>
/// One document of the checklist (thành phần hồ sơ): originals, copies and certified copies, its form, and the C# condition
/// that makes it needed; how recently it must be issued (<c>issuedWithin</c>), whether it needs consular legalisation, a
/// certified translation, whether an electronic copy is accepted; <c>lookedUpIn</c>, the database the agency looks it up in
/// (the applicant does not submit it); <c>about</c>, the person it concerns when not the applicant; and for a "one of"
/// line (một trong) the <c>alternatives</c>, any one of which the applicant supplies.
/// </summary>
public sealed record DocumentView(
    string Id,
    string Name,
    string? Form,
    int Originals,
    int Copies,
    int CertifiedCopies,
    bool Required,
    string? Condition,
    TimeLimitView? IssuedWithin = null,
    bool ConsularLegalisation = false,
    bool CertifiedTranslation = false,
    bool ElectronicAccepted = false,
    string? LookedUpIn = null,
    string? About = null,
    IReadOnlyList<DocumentView>? Alternatives = null);

/// <summary>A case (trường hợp) of the procedure with its own documents.</summary>
public sealed record DocumentCaseView(string Name, string? Condition, IReadOnlyList<DocumentView> Documents);

/// <summary>The documents every dossier carries and those of each case.</summary>
public sealed record DocumentsView(IReadOnlyList<DocumentView> Common, IReadOnlyList<DocumentCaseView> Cases);

/// <summary>One step of the procedure as published (trình tự thực hiện): who does it, within what time, and its outcomes.</summary>
public sealed record StepView(string Id, string Title, string Kind, string KindText, string? Unit, IReadOnlyList<string> Agencies, TimeLimitView? TimeLimit, IReadOnlyList<string> Outcomes);

/// <summary>
/// One result the procedure hands out (kết quả): its form, how long it is valid, and the procedure whose document it is
/// (<c>procedureName</c> when that procedure is in the catalogue).
/// </summary>
public sealed record ResultView(string Title, string? Form, TimeLimitView? ValidFor, string? Procedure, string? ProcedureName);

/// <summary>The written refusal a dossier refused after receipt gets back instead of the result.</summary>
public sealed record RefusalResultView(string Title, string? Form);

/// <summary>A requirement or condition (yêu cầu, điều kiện); with a C# <c>condition</c> it is checked at submission, otherwise the officer checks it.</summary>
public sealed record RequirementView(string Text, string? Condition);

/// <summary>
/// The applicant's window to file (hạn nộp): <c>Within</c> a period of the date in data field <c>field</c>,
/// <c>AtLeastBefore</c> it, or <c>BeforeOrAfter</c> it; <c>text</c> says it in the caller's language. Checked at submission,
/// for the dossiers that meet <c>condition</c> (C#) when there is one: a dossier filed outside it is refused, unless
/// <c>lateAccepted</c>, when it is received and the miss is noted on its submission row.
/// </summary>
public sealed record ApplicantWindowView(string Kind, TimeLimitView Period, string Field, string Text, string? Condition, bool LateAccepted);

/// <summary>A fee by case (phí, lệ phí): a dossier pays every line whose C# condition holds (every line without one).</summary>
public sealed record FeeLineView(decimal Amount, string Item, string? Condition);

/// <summary>A payment to the citizen (chi trả): an amount in đồng or a rule in words, its condition and the phase that pays it.</summary>
public sealed record PaymentView(string Title, decimal? Amount, string? AmountText, string? Condition, string? Phase);

/// <summary>A duty of the applicant after the result (nghĩa vụ), with the procedure that carries it out (<c>procedureName</c> when in the catalogue).</summary>
public sealed record DutyView(string Text, string? Procedure, string? ProcedureName);

/// <summary>A published version: the sequence the database gave it and the hash of its content.</summary>
public sealed record VersionView(int Sequence, string ContentHash, bool Live, DateOnly? AbolishedOn);

/// <summary>
/// A procedure with everything Decree 63/2010 Art. 8 publishes, its steps, and <c>dataSchema</c>: the dossier's data
/// fields as a JSON Schema (2020-12) a portal renders as its online form and validates with. <c>result</c> is the first
/// result's title, <c>results</c> every result with its details; <c>fees</c> are the fees by case (a procedure with them
/// has no fee on its channels), <c>payments</c> what the procedure pays the citizen, <c>duties</c> what the applicant
/// must do after the result.
/// </summary>
public sealed record ProcedureDetail(
    string Code,
    string Name,
    string Field,
    IReadOnlyList<string> Levels,
    AgencyView ExecutingAgency,
    IReadOnlyList<AgencyView> CoordinatingAgencies,
    IReadOnlyList<SubjectView> Subjects,
    string Result,
    string? PublicationDecision,
    DateOnly? EffectiveDate,
    DateOnly? AbolishedDate,
    string? AbolishingDecision,
    TimeLimitView TimeLimit,
    IReadOnlyList<ChannelView> Channels,
    IReadOnlyList<LegalBasisView> LegalBasis,
    DocumentsView Documents,
    JsonObject DataSchema,
    IReadOnlyList<StepView> Steps,
    VersionView Version,
    bool FileHasErrors,
    IReadOnlyList<ResultView> Results,
    RefusalResultView RefusalResult,
    IReadOnlyList<RequirementView> Requirements,
    IReadOnlyList<ApplicantWindowView> ApplicantWindows,
    IReadOnlyList<FeeLineView> Fees,
    IReadOnlyList<PaymentView> Payments,
    IReadOnlyList<DutyView> Duties);

/// <summary>One problem of a procedure file, located like a compiler's (path, line, column), in the caller's language.</summary>
public sealed record DiagnosticView(string Code, string Severity, string Message, string Path, int Line, int Column);

/// <summary>
/// The current file's diagnostics: errors mean the last edit did not compile and <c>liveVersion</c> (the last good
/// version, if any) is still what new dossiers get.
/// </summary>
public sealed record DiagnosticsView(string Code, string? Path, bool HasErrors, int? LiveVersion, IReadOnlyList<DiagnosticView> Diagnostics);
