using System.Text.Json.Serialization;
using Procedures.Calendar;

namespace Procedures.Workflows.Activities;

/// <summary>
/// A unit's step (appraisal, signing …). The officer closes it with one of <see cref="Outcomes"/>, named by the
/// procedure (e.g. <c>approve</c>, <c>refuse</c>); with no outcomes the step has the single port <c>Done</c>.
/// </summary>
public sealed record UnitTaskActivity(string Id, string Name, string Unit, TimeLimit TimeLimit, IReadOnlyList<string>? Outcomes = null)
    : Activity(Id, Name)
{
    public override ActivityKind Kind => ActivityKind.UnitTask;
    public override IReadOnlyList<string> OutputPorts => Outcomes is { Count: > 0 } named ? named : [Ports.Done];

    /// <summary>Outcomes due sooner than the step: each is due its limit after the step started (written only when any).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, TimeLimit>? OutcomeLimits { get; init; }
}
