using Procedures.Runtime.Messages;
using Procedures.Runtime.State;

namespace Procedures.Runtime;

/// <summary>
/// The outcome of starting or resuming a dossier. When <see cref="Accepted"/> is false, <see cref="Refusal"/> says why
/// (a stable code of <see cref="RefusalCatalogue"/> with its arguments) and <see cref="Instance"/> is the unchanged
/// instance (null when a start was refused). Never an exception for user input.
/// </summary>
public sealed record RunResult(bool Accepted, WorkflowInstance? Instance, Refusal? Refusal)
{
    /// <summary>The refusal in English, for callers written before messages had codes.</summary>
    public string? Reason => Refusal?.Message(MessageLanguage.English);

    public string? Message(MessageLanguage language) => Refusal?.Message(language);

    public static RunResult Accept(WorkflowInstance instance) => new(true, instance, null);
    public static RunResult Reject(WorkflowInstance? instance, Refusal refusal) => new(false, instance, refusal);
}
