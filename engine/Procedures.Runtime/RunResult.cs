using Procedures.Runtime.State;

namespace Procedures.Runtime;

/// <summary>
/// The outcome of starting or resuming a dossier. When <see cref="Accepted"/> is false, <see cref="Reason"/> says why
/// and <see cref="Instance"/> is the unchanged instance (null when a start was refused). Never an exception for user input.
/// </summary>
public sealed record RunResult(bool Accepted, WorkflowInstance? Instance, string? Reason)
{
    public static RunResult Accept(WorkflowInstance instance) => new(true, instance, null);
    public static RunResult Reject(WorkflowInstance? instance, string reason) => new(false, instance, reason);
}
