using Procedures.Calendar;

namespace Procedures.Workflows.Activities;

/// <summary>
/// Public posting (niêm yết công khai) for a period, e.g. 2 working days at the commune office (Decree 20/2021):
/// <c>Done</c> when the period ends without complaint, <c>Complaint</c> when one is lodged within it.
/// </summary>
public sealed record PublicPostingActivity(string Id, string Name, string Place, TimeLimit TimeLimit) : Activity(Id, Name)
{
    public override ActivityKind Kind => ActivityKind.PublicPosting;
    public override IReadOnlyList<string> OutputPorts => [Ports.Done, Ports.Complaint];
}
