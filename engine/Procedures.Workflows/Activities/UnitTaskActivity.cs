using System.Text.Json.Serialization;
using Procedures.Calendar;

namespace Procedures.Workflows.Activities;

/// <summary>
/// A unit's step (appraisal, signing …). The officer closes it with one of <see cref="Outcomes"/>, named by the
/// procedure (e.g. <c>approve</c>, <c>refuse</c>); with no outcomes the step has the single port <c>Done</c>.
/// A step done by the applicant or by a party outside the agencies (<see cref="Performer"/>) is recorded by an
/// officer of <see cref="RecordedBy"/>; while the applicant has it the agency's clock stops. With
/// <see cref="ConsentBySilence"/> the step also leaves through <see cref="Ports.Silence"/> when its time limit passes
/// with no outcome (deemed approval).
/// </summary>
public sealed record UnitTaskActivity(string Id, string Name, string Unit, TimeLimit TimeLimit, IReadOnlyList<string>? Outcomes = null)
    : Activity(Id, Name)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public StepPerformer Performer { get; init; }

    /// <summary>The unit whose officer records what the applicant or a party did; null when the unit's own officer acts.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RecordedBy { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool ConsentBySilence { get; init; }

    public override ActivityKind Kind => ActivityKind.UnitTask;

    public override IReadOnlyList<string> OutputPorts => ConsentBySilence ? [.. OfficerOutcomes, Ports.Silence] : OfficerOutcomes;

    /// <summary>The outcomes an officer may choose: every port but <see cref="Ports.Silence"/>, which only the timer takes.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> OfficerOutcomes => Outcomes is { Count: > 0 } named ? named : [Ports.Done];

    /// <summary>Whose inbox the step is in: the recording unit for the applicant or a party, else the unit itself.</summary>
    [JsonIgnore]
    public string InboxUnit => RecordedBy ?? Unit;

    /// <summary>Outcomes due sooner than the step: each is due its limit after the step started (written only when any).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, TimeLimit>? OutcomeLimits { get; init; }
}
