using System.Text.Json;

namespace Procedures.Api.Contracts;

/// <summary>
/// A dossier handed in by a portal: the channel it came through (the procedure's time limit for that channel applies),
/// its data (the fields of the procedure's <c>dataSchema</c>) and the ids of the documents supplied. A postal dossier
/// also carries <c>submittedAt</c>, when it was filed: the signing of the hand-over record with the postal service or the
/// postmark (Decision 45/2016/QĐ-TTg); it may not be in the future, and other channels are filed when the API receives
/// them, so they may not send it.
/// </summary>
public sealed record SubmitRequest(
    Channel? Channel = null,
    IReadOnlyDictionary<string, JsonElement>? Data = null,
    IReadOnlyList<string>? Documents = null,
    DateTimeOffset? SubmittedAt = null);

/// <summary>One waiting point of a current step: what it waits for (an officer's decision, an agency's reply, the applicant, a period), and the outcomes an officer may choose.</summary>
public sealed record WaitView(string BookmarkId, string Kind, string? Agency, IReadOnlyList<string> Outcomes, DateTimeOffset? DueAt, DateTimeOffset? WarnAt, string? Prompt);

/// <summary>A step the dossier is at now, with its unit and due time.</summary>
public sealed record CurrentStepView(string ActivityId, string Title, string Kind, string KindText, string? Unit, DateTimeOffset StartedAt, DateTimeOffset? DueAt, bool Late, IReadOnlyList<WaitView> Waits);

/// <summary>
/// One line of the dossier's timeline: the processing control sheet (Circular 01/2018 form 05), with the status shown
/// to the applicant after it (Circular 22/2019 Art. 4). Times are Vietnam time (UTC+7).
/// </summary>
public sealed record TimelineEntry(
    int Sequence,
    string Event,
    string? ActivityId,
    string Step,
    string? Unit,
    string? Outcome,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset DoneAt,
    string Punctuality,
    string PunctualityText,
    string Status,
    string StatusText,
    string? Note,
    DateTimeOffset? Appointment);

/// <summary>
/// One document the dossier must hold given its data, and whether the applicant said it was supplied. A "one of" row
/// lists its <c>alternatives</c> (supplied when one of them is); a row with <c>lookedUpIn</c> is not the applicant's to
/// supply: the officer looks the document up in that database.
/// </summary>
public sealed record ChecklistItem(
    string DocumentId,
    string Name,
    string? Case,
    bool Undecided,
    bool Supplied,
    string? LookedUpIn = null,
    string? About = null,
    IReadOnlyList<ChecklistItem>? Alternatives = null);

/// <summary>A requirement of the procedure (yêu cầu, điều kiện) for this dossier: <c>met</c> when the data met it at submission, else for the officer to check.</summary>
public sealed record RequirementCheckView(string Text, bool Met);

/// <summary>An amount the dossier pays (phí, lệ phí); <c>undecided</c> when its case could not be decided from the data.</summary>
public sealed record FeeChargeView(string Item, decimal Amount, bool Undecided);

/// <summary>The one apology with a new appointment (Decree 61/2018 Art. 19; Circular 01/2018 form 04).</summary>
public sealed record ApologyView(DateTimeOffset IssuedAt, DateTimeOffset PreviousDueAt, DateTimeOffset NewDueAt, string Reason);

/// <summary>
/// A dossier: its number (Circular 01/2018 Art. 19: given when the one-stop office receives the complete dossier, so null
/// before that and for a dossier refused at the receipt; address the dossier by its id), status in words at every step
/// (Circular 22/2019 Art. 4), the appointment, the steps it waits at, its whole timeline, the requirements the officer
/// checks and the fees it pays. <c>revision</c> is also the response's ETag; send it back in <c>If-Match</c> to act.
/// </summary>
public sealed record DossierView(
    string Id,
    string? Number,
    string ProcedureCode,
    string ProcedureName,
    int ProcedureVersion,
    int Revision,
    string Status,
    string StatusText,
    string Outcome,
    Channel? Channel,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? FinishedAt,
    bool Late,
    ApologyView? Apology,
    string? RefusalReasons,
    IReadOnlyList<CurrentStepView> CurrentSteps,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<ChecklistItem> Checklist,
    IReadOnlyDictionary<string, JsonElement> Data,
    IReadOnlyList<RequirementCheckView> Requirements,
    IReadOnlyList<FeeChargeView> Fees);
