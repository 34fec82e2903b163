using Procedures.Calendar;

namespace Procedures.Workflows.Activities;

/// <summary>
/// The dossier is transferred to another agency in any direction, down a level or across provinces (chuyển hồ sơ),
/// which acknowledges it within the time limit; then the flow goes on. Forwarding up a level is
/// <see cref="ForwardingActivity"/>.
/// </summary>
public sealed record TransferActivity(string Id, string Name, string Agency, TimeLimit TimeLimit) : Activity(Id, Name)
{
    public override ActivityKind Kind => ActivityKind.Transfer;
    public override IReadOnlyList<string> OutputPorts => [Ports.Done];
}
