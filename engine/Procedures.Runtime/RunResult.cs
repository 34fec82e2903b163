using System.Collections.Immutable;
using Procedures.Runtime.Effects;
using Procedures.Runtime.Messages;
using Procedures.Runtime.State;

namespace Procedures.Runtime;

/// <summary>
/// The outcome of starting or resuming a dossier. When <see cref="Accepted"/> is false, <see cref="Refusal"/> says why
/// (a stable code of <see cref="RefusalCatalogue"/> with its arguments) and <see cref="Instance"/> is the unchanged
/// instance (null when a start was refused). Never an exception for user input. An accepted run lists its
/// <see cref="Effects"/>: the bookmarks and timers a host stores and schedules with the new instance; a refusal has none.
/// </summary>
public sealed record RunResult(bool Accepted, WorkflowInstance? Instance, Refusal? Refusal)
{
    public ImmutableList<RunEffect> Effects { get; init; } = [];

    /// <summary>The refusal in English, for callers written before messages had codes.</summary>
    public string? Reason => Refusal?.Message(MessageLanguage.English);

    public string? Message(MessageLanguage language) => Refusal?.Message(language);

    public static RunResult Accept(WorkflowInstance instance, ImmutableList<RunEffect> effects) => new(true, instance, null) { Effects = effects };
    public static RunResult Reject(WorkflowInstance? instance, Refusal refusal) => new(false, instance, refusal);
}
