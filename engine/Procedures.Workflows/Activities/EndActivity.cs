namespace Procedures.Workflows.Activities;

/// <summary>Ends the whole dossier, including any branch still waiting (Elsa's End).</summary>
public sealed record EndActivity(string Id, string Name) : Activity(Id, Name)
{
    public override ActivityKind Kind => ActivityKind.End;
    public override IReadOnlyList<string> OutputPorts => [];
}
