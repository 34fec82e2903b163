namespace Procedures.Workflows.Activities;

/// <summary>
/// Refusal with reasons. With no connection from <c>Done</c> it ends the dossier as refused; when connected
/// (usually to the return step) the refusal is handed back to the applicant by the one-stop office.
/// </summary>
public sealed record RefusalActivity(string Id, string Name) : Activity(Id, Name)
{
    public override ActivityKind Kind => ActivityKind.Refusal;
    public override IReadOnlyList<string> OutputPorts => [Ports.Done];
}
