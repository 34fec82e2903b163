namespace Procedures.Workflows.Activities;

/// <summary>
/// Request to complete the dossier (phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, Circular 01/2018 form 02). Waits for the
/// applicant, then continues on <c>Completed</c>, back to the step that asked. At the receipt it is the guidance given
/// once (Decree 61/2018 Art. 17); during processing it is a request of <see cref="Agency"/>, made at most once per agency,
/// and the clock pauses while the dossier is with the applicant (Art. 19 as amended by Decree 107/2021), unless the
/// procedure's <see cref="Facts.CompletionRules"/> cite a sector law that says otherwise.
/// </summary>
public sealed record CompletionRequestActivity(string Id, string Name, string? Agency = null) : Activity(Id, Name)
{
    public override ActivityKind Kind => ActivityKind.CompletionRequest;
    public override IReadOnlyList<string> OutputPorts => [Ports.Completed];
}
