using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NodaTime;
using Procedures.Persistence.Rows;
using Procedures.Workflows;
using Procedures.Workflows.Serialization;

namespace Procedures.Persistence;

/// <summary>
/// Stores compiled procedure versions, identified by (definition id, content hash): publishing the same content
/// again returns the stored version; changed content gets the next sequence of its definition, assigned in the
/// database.
/// </summary>
public sealed class DefinitionVersionStore(DbContextOptions<EngineDb> options, TimeProvider time)
{
    private readonly PooledDbContextFactory<EngineDb> contexts = new(options);

    private const int Attempts = 5;

    public async Task<PublishedVersion> PublishAsync(WorkflowDefinition definition, string source, string diagnostics = "", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(source);
        var hash = definition.ComputeContentHash();
        for (var attempt = 1; ; attempt++)
        {
            await using var db = contexts.CreateDbContext();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var existing = await db.DefinitionVersions.AsNoTracking()
                .Where(r => r.DefinitionId == definition.DefinitionId && r.ContentHash == hash)
                .Select(r => (int?)r.Sequence).SingleOrDefaultAsync(cancellationToken);
            if (existing is { } sequence) return new(Published(definition, sequence, hash), Created: false);

            var next = 1 + (await db.DefinitionVersions.Where(r => r.DefinitionId == definition.DefinitionId)
                .MaxAsync(r => (int?)r.Sequence, cancellationToken) ?? 0);
            var published = Published(definition, next, hash);
            db.DefinitionVersions.Add(new DefinitionVersionRow
            {
                DefinitionId = definition.DefinitionId,
                Sequence = next,
                ContentHash = hash,
                SourceText = source,
                DefinitionJson = JsonSerializer.Serialize(published, WorkflowJson.Options),
                Diagnostics = diagnostics,
                IsPublished = true,
                AbolishedOn = definition.Facts.AbolishedDate,
                CreatedAt = Instant.FromDateTimeOffset(time.GetUtcNow()),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new(published, Created: true);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another publisher took this sequence (or stored this content) first: read again.
                await transaction.RollbackAsync(cancellationToken);
            }
        }
    }

    /// <summary>The stored versions of a definition, oldest first, without their JSON.</summary>
    public async Task<IReadOnlyList<DefinitionVersionRow>> VersionsAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.DefinitionVersions.AsNoTracking()
            .Where(r => r.DefinitionId == definitionId).OrderBy(r => r.Sequence)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The stored definitions of a procedure, oldest first, as they were published.</summary>
    public async Task<IReadOnlyList<WorkflowDefinition>> DefinitionsAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.DefinitionVersions.AsNoTracking()
            .Where(r => r.DefinitionId == definitionId).OrderBy(r => r.Sequence)
            .Select(r => new { r.Sequence, r.DefinitionJson }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => JsonSerializer.Deserialize<WorkflowDefinition>(r.DefinitionJson, WorkflowJson.Options)
            ?? throw new InvalidDataException($"procedure {definitionId} version {r.Sequence}: the stored definition is empty"))];
    }

    private static WorkflowDefinition Published(WorkflowDefinition definition, int sequence, string hash) =>
        definition with { Version = new DefinitionVersion(sequence, hash), IsPublished = true };
}
