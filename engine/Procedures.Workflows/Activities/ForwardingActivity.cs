using Procedures.Calendar;

namespace Procedures.Workflows.Activities;

/// <summary>
/// Inter-agency processing across levels (Decree 61/2018 Art. 19): the dossier is forwarded to a higher-level
/// agency, which sends the result back to the office that received it.
/// </summary>
public sealed record ForwardingActivity(string Id, string Name, string Agency, TimeLimit TimeLimit) : Activity(Id, Name)
{
    public override ActivityKind Kind => ActivityKind.Forwarding;
    public override IReadOnlyList<string> OutputPorts => [Ports.Done];
}
