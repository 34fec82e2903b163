namespace Procedures.Workflows.Activities;

/// <summary>A branch on a C# condition over the dossier's data (the text is carried here, compiled elsewhere).</summary>
public sealed record DecisionActivity(string Id, string Name, string Condition) : Activity(Id, Name)
{
    public override ActivityKind Kind => ActivityKind.Decision;
    public override IReadOnlyList<string> OutputPorts => [Ports.True, Ports.False];
}
