using Procedures.Calendar;
using Procedures.Language.Text;

namespace Procedures.Language.Binding;

public enum StepKind
{
    Receive,
    Task,
    /// <summary>The dossier waits on someone outside the agency; the agency's clock stops meanwhile.</summary>
    Await,
    Consult,
    Route,
    Forward,
    Post,
    Branch,
    Return,
    /// <summary>Chuyển: the dossier goes to another agency in any direction and the flow goes on.</summary>
    Transfer,
    /// <summary>Thông báo: a notice goes out and awaits nothing.</summary>
    Notify,
}

/// <summary>Who does a step: a unit or agency (an officer), the applicant (the clock stops), or a party outside the agencies.</summary>
public enum Performer
{
    Unit,
    Applicant,
    Party,
}

/// <summary>
/// One step of the procedure. <see cref="Next"/> is the step written after it: where the step goes when
/// it names no outcome (and, for a posting, when no complaint is made).
/// </summary>
public sealed record BoundStep(
    string Id,
    string Title,
    StepKind Kind,
    BoundUnit? Responsible,
    TimeLimit? Limit,
    IReadOnlyList<BoundOutcome> Outcomes,
    IReadOnlyList<BoundConsultation> Consultations,
    IReadOnlyList<BoundRouteStop> Route,
    BoundAgency? ForwardTo,
    BoundCondition? Condition,
    string? Next,
    SourceSpan Span)
{
    /// <summary>For a step the applicant or a party does: the unit of the step before, whose officer records it.</summary>
    public BoundUnit? RecordedBy { get; init; }

    /// <summary>The step whose end <see cref="Limit"/> is counted from (<c>from STEP</c>); null when it counts from this step's start.</summary>
    public BoundAnchor? LimitFrom { get; init; }

    /// <summary>The phase the step belongs to, when the procedure has phases.</summary>
    public string? Phase { get; init; }
}

/// <summary>A step a time limit is counted from, and where the file names it.</summary>
public sealed record BoundAnchor(string Step, SourceSpan Span);

/// <summary>
/// A phase (giai đoạn): the steps after its line until the next one (the first phase also holds the steps before it),
/// with its own time limit, counted from its first step or from <see cref="From"/>, and the result it hands out.
/// </summary>
public sealed record BoundPhase(string Id, string Title, TimeLimit? Limit, BoundAnchor? From, string? Result, IReadOnlyList<string> Steps, SourceSpan Span);

/// <summary>
/// Who does a step: the one-stop office of the executing agency, a unit of an agency, or an agency itself; for an await,
/// whom the dossier waits on: another agency, or the applicant.
/// </summary>
public sealed record BoundUnit(string Name, string Agency, bool IsOneStop)
{
    /// <summary>The applicant (named "Người nộp hồ sơ") or a party (named as written) rather than a unit.</summary>
    public Performer Performer { get; init; }
}

public enum OutcomeTargetKind
{
    Step,
    RequestCompletion,
    Refuse,
    /// <summary>Trả hồ sơ: the dossier goes back to the applicant to amend and submit again; it ends there.</summary>
    ReturnDossier,
}

/// <summary>
/// An outcome and where it leads. Outcome names from keywords are canonical: yes, no, complaint, silence. <see cref="Limit"/>
/// is the outcome's own time limit: it is due that long after the step started.
/// </summary>
public sealed record BoundOutcome(string Name, OutcomeTargetKind Target, string? Step)
{
    /// <summary>The name of the silence outcome (deemed approval), the same in both keyword sets.</summary>
    public const string SilenceName = "silence";

    /// <summary>Taken by the timer when the step's time limit passes with no decision, never chosen by an officer.</summary>
    public bool IsSilence => Name == SilenceName;

    public TimeLimit? Limit { get; init; }
}

public sealed record BoundConsultation(BoundAgency Agency, TimeLimit? Limit);

public sealed record BoundRouteStop(BoundAgency Agency, string? Task, TimeLimit? Limit);
