namespace Procedures.Workflows.Activities;

/// <summary>
/// The dossier is returned to the applicant to amend and submit again (trả lại hồ sơ), with the reasons: it ends
/// returned, not refused and not waiting for a completion. With no connection from <c>Done</c> it ends there; when
/// connected (usually to the return step) the one-stop office hands the dossier back.
/// </summary>
public sealed record ReturnForAmendmentActivity(string Id, string Name) : Activity(Id, Name)
{
    public override ActivityKind Kind => ActivityKind.ReturnForAmendment;
    public override IReadOnlyList<string> OutputPorts => [Ports.Done];
}
