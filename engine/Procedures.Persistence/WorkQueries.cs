using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NodaTime;

namespace Procedures.Persistence;

/// <summary>What waits where: a unit's or an agency's open tasks, late first, and the warnings raised for them.</summary>
public sealed class WorkQueries(DbContextOptions<EngineDb> options)
{
    private readonly PooledDbContextFactory<EngineDb> contexts = new(options);

    /// <summary>
    /// The open tasks of <paramref name="unitOrAgency"/> (a step's unit, or an agency asked to reply), late first,
    /// then by due time; tasks without a due time last.
    /// </summary>
    public async Task<IReadOnlyList<WorkItem>> InboxAsync(string unitOrAgency, LocalDateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitOrAgency);
        await using var db = contexts.CreateDbContext();
        var rows = await (
            from b in db.Bookmarks.AsNoTracking()
            join d in db.Dossiers.AsNoTracking() on b.DossierId equals d.DossierId
            where b.Unit == unitOrAgency || b.Agency == unitOrAgency
            select new { b, d.DossierNumber, d.DefinitionId, d.ExecutingAgencyCode }).ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => new WorkItem(r.b.DossierId, r.DossierNumber, r.DefinitionId, r.ExecutingAgencyCode, r.b.BookmarkId, r.b.ActivityId, r.b.Kind, r.b.Step,
                r.b.Unit, r.b.Agency, r.b.StartedAt, r.b.DueAt, r.b.WarnAt, r.b.DueAt < now, r.b.WarnAt <= now))
            .OrderByDescending(w => w.Late).ThenBy(w => w.DueAt is null).ThenBy(w => w.DueAt).ThenBy(w => w.DossierNumber, StringComparer.Ordinal)];
    }

    /// <summary>Warnings still standing, overdue first; for one unit or agency, or all of them when it is null.</summary>
    public async Task<IReadOnlyList<RaisedWarning>> WarningsAsync(string? unitOrAgency, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var warnings = db.Warnings.AsNoTracking();
        if (unitOrAgency is not null)
            warnings = warnings.Where(w => w.Unit == unitOrAgency || w.Agency == unitOrAgency);
        var rows = await (
            from w in warnings
            join d in db.Dossiers.AsNoTracking() on w.DossierId equals d.DossierId
            select new { w, d.DossierNumber, d.DefinitionId, d.ExecutingAgencyCode }).ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => new RaisedWarning(r.w.DossierId, r.DossierNumber, r.DefinitionId, r.ExecutingAgencyCode, r.w.ActivityId, r.w.Step, r.w.Unit, r.w.Agency,
                r.w.WarnAt, r.w.DueAt, r.w.Overdue, r.w.RaisedAt))
            .OrderByDescending(w => w.Overdue).ThenBy(w => w.DueAt).ThenBy(w => w.DossierNumber, StringComparer.Ordinal)];
    }
}
