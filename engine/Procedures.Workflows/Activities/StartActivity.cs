namespace Procedures.Workflows.Activities;

public sealed record StartActivity(string Id, string Name) : Activity(Id, Name)
{
    public override ActivityKind Kind => ActivityKind.Start;
    public override IReadOnlyList<string> OutputPorts => [Ports.Done];
}
