namespace Procedures.Workflows.Activities;

/// <summary>Return of the result by the one-stop office (Decree 61/2018 Art. 20), on time or late against the appointment.</summary>
public sealed record ReturnResultActivity(string Id, string Name, string Unit) : Activity(Id, Name)
{
    public override ActivityKind Kind => ActivityKind.ReturnResult;
    public override IReadOnlyList<string> OutputPorts => [Ports.Done];
}
