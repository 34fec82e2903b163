namespace Procedures.Workflows.Activities;

/// <summary>
/// Inter-agency processing at the same level in a fixed order with a routing slip (Decree 61/2018 Art. 19):
/// each agency receives the dossier when the previous one has finished, and has its own deadline.
/// </summary>
public sealed record RoutingSlipActivity(string Id, string Name, IReadOnlyList<RoutingStop> Stops) : Activity(Id, Name)
{
    public override ActivityKind Kind => ActivityKind.RoutingSlip;
    public override IReadOnlyList<string> OutputPorts => [Ports.Done];
}
