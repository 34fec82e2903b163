using System.Text.Json.Serialization;
using Procedures.Calendar;

namespace Procedures.Workflows.Activities;

/// <summary>
/// The dossier waits on someone outside the agency (a council, another body, a site visit, the applicant): the
/// agency's clock stops when it starts and resumes when it ends, and the appointment and every later due time move by
/// the working time spent waiting. <see cref="TimeLimit"/> is the outside body's own limit, warned about but never
/// counted against the dossier; without one the wait is indefinite (a waiting list). An officer of
/// <see cref="RecordedBy"/> (the unit of the step before) records the answer, one of <see cref="Outcomes"/> or <c>Done</c>.
/// </summary>
/// <param name="Party">Whom the dossier waits on: an agency, or the applicant when <paramref name="ByApplicant"/>.</param>
public sealed record AwaitActivity(string Id, string Name, string Party, bool ByApplicant, string RecordedBy, TimeLimit? TimeLimit,
    IReadOnlyList<string>? Outcomes = null) : Activity(Id, Name)
{
    public override ActivityKind Kind => ActivityKind.Await;
    public override IReadOnlyList<string> OutputPorts => Outcomes is { Count: > 0 } named ? named : [Ports.Done];

    /// <summary>Outcomes due sooner than the wait: each is due its limit after the wait started (written only when any).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, TimeLimit>? OutcomeLimits { get; init; }
}
