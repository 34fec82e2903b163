using System.Collections.Immutable;

namespace Procedures.Workflows.Versioning;

/// <summary>
/// In-memory definition versions per procedure. Publishing content whose hash differs from the latest creates the
/// next sequence number and moves the latest flag; publishing the same content again changes nothing, so a file
/// saved without a real edit does not create a version. Thread-safe.
/// </summary>
public sealed class DefinitionStore
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<string, ImmutableList<WorkflowDefinition>> _versions =
        ImmutableDictionary.Create<string, ImmutableList<WorkflowDefinition>>(StringComparer.Ordinal);

    public PublishResult Publish(WorkflowDefinition definition)
    {
        var hash = definition.ComputeContentHash();
        lock (_gate)
        {
            var versions = _versions.GetValueOrDefault(definition.DefinitionId) ?? [];
            var latest = versions.LastOrDefault();
            if (latest is not null && latest.Version.ContentHash == hash) return new PublishResult(latest, false);

            var published = definition with
            {
                Version = new DefinitionVersion((latest?.Version.Sequence ?? 0) + 1, hash),
                IsPublished = true,
                IsLatest = true,
            };
            var updated = versions.Select(v => v.IsLatest ? v with { IsLatest = false } : v).ToImmutableList().Add(published);
            _versions = _versions.SetItem(definition.DefinitionId, updated);
            return new PublishResult(published, true);
        }
    }

    public WorkflowDefinition? Get(string definitionId, int sequence) =>
        Versions(definitionId).FirstOrDefault(v => v.Version.Sequence == sequence);

    public WorkflowDefinition? GetLatest(string definitionId) => Versions(definitionId).LastOrDefault();

    /// <summary>Every published version of a procedure, oldest first.</summary>
    public IReadOnlyList<WorkflowDefinition> Versions(string definitionId)
    {
        lock (_gate) return _versions.GetValueOrDefault(definitionId) ?? [];
    }
}
