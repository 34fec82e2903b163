using System.Collections.Concurrent;
using System.Collections.Immutable;
using Procedures.Library;
using Procedures.Persistence;
using Procedures.Workflows;
using Procedures.Workflows.Versioning;

namespace Procedures.Engine;

/// <summary>
/// The library's versions kept in the database: the content hash is the identity and the sequence is assigned there,
/// so a restart or a second node publishing the same file creates no duplicate. Published versions never change, so
/// they are cached; a version another node published is read on first use.
/// </summary>
internal sealed class StoredVersions(DefinitionVersionStore store) : IVersionStore
{
    private readonly ConcurrentDictionary<string, ImmutableList<WorkflowDefinition>> _cache = new(StringComparer.Ordinal);

    public PublishResult Publish(WorkflowDefinition definition, string sourceText)
    {
        // The library publishes from its reload thread, never from a request, so waiting here blocks no caller.
        var published = store.PublishAsync(definition, sourceText).GetAwaiter().GetResult();
        if (published.Created || !Versions(definition.DefinitionId).Any(v => v.Version.Sequence == published.Sequence))
            _cache.TryRemove(definition.DefinitionId, out _);
        return new PublishResult(published.Definition, published.Created);
    }

    public IReadOnlyList<WorkflowDefinition> Versions(string code) =>
        _cache.GetOrAdd(code, c => [.. store.DefinitionsAsync(c).GetAwaiter().GetResult()]);

    /// <summary>One version of a procedure, read from the database when this node has not seen it yet.</summary>
    public async Task<WorkflowDefinition?> FindAsync(string code, int sequence, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(code, out var cached) && cached.FirstOrDefault(v => v.Version.Sequence == sequence) is { } hit)
            return hit;
        var fresh = (await store.DefinitionsAsync(code, cancellationToken)).ToImmutableList();
        _cache[code] = fresh;
        return fresh.FirstOrDefault(v => v.Version.Sequence == sequence);
    }
}
