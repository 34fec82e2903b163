using Procedures.Calendar;
using Procedures.Language.Text;

namespace Procedures.Language.Binding;

public enum StepKind
{
    Receive,
    Task,
    Consult,
    Route,
    Forward,
    Post,
    Branch,
    Return,
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
    SourceSpan Span);

/// <summary>Who does a step: the one-stop office of the executing agency, a unit of an agency, or an agency itself.</summary>
public sealed record BoundUnit(string Name, string Agency, bool IsOneStop);

public enum OutcomeTargetKind
{
    Step,
    RequestCompletion,
    Refuse,
}

/// <summary>An outcome and where it leads. Outcome names from keywords are canonical: yes, no, complaint.</summary>
public sealed record BoundOutcome(string Name, OutcomeTargetKind Target, string? Step);

public sealed record BoundConsultation(BoundAgency Agency, TimeLimit? Limit);

public sealed record BoundRouteStop(BoundAgency Agency, string? Task, TimeLimit? Limit);
