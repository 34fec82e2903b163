namespace Procedures.Workflows.Activities;

/// <summary>
/// Request to complete the dossier (phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, Circular 01/2018 form 02). Waits for
/// the applicant; on completion the procedure's deadline restarts from zero (Decree 61/2018 Art. 19) and the flow
/// continues on <c>Completed</c>, normally back to the step that asked.
/// </summary>
public sealed record CompletionRequestActivity(string Id, string Name) : Activity(Id, Name)
{
    public override ActivityKind Kind => ActivityKind.CompletionRequest;
    public override IReadOnlyList<string> OutputPorts => [Ports.Completed];
}
