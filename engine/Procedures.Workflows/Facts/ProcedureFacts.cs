using System.Text.Json.Serialization;
using NodaTime;
using Procedures.Calendar;

namespace Procedures.Workflows.Facts;

/// <summary>
/// The published facts of a procedure (Decree 63/2010 Art. 8 as amended by Decree 92/2017) that a compiled
/// definition carries, so that the runtime and the renderers need nothing else.
/// </summary>
public sealed record ProcedureFacts
{
    /// <summary>The national database code, e.g. <c>1.001978</c>; it is also the definition id.</summary>
    public required string Code { get; init; }
    public required string Name { get; init; }
    public string Field { get; init; } = "";
    /// <summary>Levels as written by the procedure (e.g. "Tỉnh", "Xã").</summary>
    public IReadOnlyList<string> Levels { get; init; } = [];
    /// <summary>The executing agency; when <see cref="AgencyChoices"/> is given, the one it names without a condition, else its first.</summary>
    public required Agency ExecutingAgency { get; init; }
    /// <summary>
    /// The executing agencies in the order written, each with its condition, when the agency depends on the dossier
    /// (the level or the facility): at submission the first whose condition holds handles the dossier. Null when the
    /// procedure names one agency.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AgencyChoice>? AgencyChoices { get; init; }
    /// <summary>
    /// The agency whose one-stop office receives the dossier and hands the result back, when it is not the executing
    /// agency (cơ quan tiếp nhận); its code opens the dossier number.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Agency? ReceivingAgency { get; init; }
    /// <summary>
    /// The agency starts the procedure itself (from a report, an inspection): no applicant submits it, an officer of
    /// the executing agency opens the dossier and no receipt step is needed.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool StartedByAgency { get; init; }
    public IReadOnlyList<string> CoordinatingAgencies { get; init; } = [];
    public IReadOnlyList<Subject> Subjects { get; init; } = [];
    public IReadOnlyList<Channel> Channels { get; init; } = [];
    /// <summary>
    /// Thời hạn giải quyết: counted from receipt of the complete dossier; paused while a request to complete is with the
    /// applicant (or counted again from the completion, when <see cref="Completion"/> says the sector law restarts it).
    /// </summary>
    public required TimeLimit TimeLimit { get; init; }
    /// <summary>The title of the (first) result, as the catalogue lists it; <see cref="Results"/> has every result with its details.</summary>
    public string Result { get; init; } = "";
    public IReadOnlyList<LegalBasisEntry> LegalBasis { get; init; } = [];
    public string? PublicationDecision { get; init; }
    public LocalDate? EffectiveDate { get; init; }
    public LocalDate? AbolishedDate { get; init; }
    public string? AbolishingDecision { get; init; }
    public DocumentChecklist Documents { get; init; } = DocumentChecklist.Empty;
    /// <summary>The dossier's data: what a portal's form collects and what conditions read.</summary>
    public IReadOnlyList<DataField> Data { get; init; } = [];
    /// <summary>How requests to complete the dossier work: the one-stop default unless the procedure cites its sector law.</summary>
    public CompletionRules Completion { get; init; } = CompletionRules.OneStopDefault;

    /// <summary>Every result with its form, validity and linked procedure (kết quả); the first is <see cref="Result"/>.</summary>
    public IReadOnlyList<ResultDocument> Results { get; init; } = [];
    /// <summary>The written refusal a dossier refused after receipt gets back (kết quả từ chối); null when the procedure names none.</summary>
    public RefusalResult? RefusalResult { get; init; }
    /// <summary>Requirements and conditions (yêu cầu, điều kiện; Decree 63/2010 Art. 8), in file order.</summary>
    public IReadOnlyList<Requirement> Requirements { get; init; } = [];
    /// <summary>Fees by case (phí … khi …): a dossier pays the sum of the lines whose condition holds. Never with channel fees.</summary>
    public IReadOnlyList<FeeLine> FeeLines { get; init; } = [];
    /// <summary>Payments made to the citizen (chi trả).</summary>
    public IReadOnlyList<Payment> Payments { get; init; } = [];
    /// <summary>The applicant's duties after the result (nghĩa vụ).</summary>
    public IReadOnlyList<Duty> Duties { get; init; } = [];
    /// <summary>The applicant's windows to file (hạn nộp), checked at submission.</summary>
    public IReadOnlyList<ApplicantWindow> ApplicantWindows { get; init; } = [];

    /// <summary>Every result: <see cref="Results"/>, or for a definition stored before results had details, <see cref="Result"/> alone.</summary>
    [JsonIgnore]
    public IReadOnlyList<ResultDocument> AllResults => Results.Count > 0 ? Results : Result.Length > 0 ? [new ResultDocument(Result)] : [];

    /// <summary>The refusal letter's title: the procedure's own, else "Văn bản từ chối".</summary>
    [JsonIgnore]
    public RefusalResult Refusal => RefusalResult ?? Facts.RefusalResult.Default;
    /// <summary>
    /// The activity whose end the procedure's time limit is counted from: the appointment is set when it ends, not at
    /// receipt. Null (not written) for the usual deadline from receipt.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TimeLimitFrom { get; init; }

    /// <summary>The phases, each with its own appointment; null (not written) for a procedure without phases.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Phase>? Phases { get; init; }

    /// <summary>The phase an activity belongs to, if the procedure has phases.</summary>
    public Phase? PhaseOf(string activityId) => Phases?.FirstOrDefault(p => p.Activities.Contains(activityId));

    /// <summary>Whether a return of the result hands out a phase's result mid-way (its phase is not the last one).</summary>
    public bool IsMidWay(string activityId) => Phases is { Count: > 0 } phases && PhaseOf(activityId) is { } phase && phase != phases[^1];

    /// <summary>The time limit for a dossier that came through <paramref name="channel"/>: the channel's own, else the procedure's.</summary>
    public TimeLimit TimeLimitFor(ChannelKind? channel) =>
        channel is { } kind && Channels.FirstOrDefault(c => c.Kind == kind)?.TimeLimit is { } own ? own : TimeLimit;
}
