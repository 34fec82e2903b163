using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NodaTime;
using Procedures.Persistence.Rows;

namespace Procedures.Persistence;

/// <summary>
/// The timers table as a schedule: which timers are due, and the claim that makes a warning or an overdue mark happen
/// once however many nodes see it due. A period's end is not claimed here: the transition it causes deletes its row.
/// </summary>
public sealed class TimerStore(DbContextOptions<EngineDb> options)
{
    private readonly PooledDbContextFactory<EngineDb> contexts = new(options);

    /// <summary>Timers due at <paramref name="now"/> that nobody fired yet, earliest first.</summary>
    public async Task<IReadOnlyList<TimerRow>> DueAsync(Instant now, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Timers.AsNoTracking()
            .Where(t => t.FiredAt == null && t.DueAt <= now)
            .OrderBy(t => t.DueAt).ThenBy(t => t.TimerId)
            .Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Claims the timer and stores the warning it raises, in one transaction. False when another node claimed it first
    /// or a transition cancelled it meanwhile: then nothing is written.
    /// </summary>
    public async Task<bool> RaiseAsync(TimerRow timer, bool overdue, Instant now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await ClaimAsync(db, timer.TimerId, now, cancellationToken))
            return false;
        var warning = await WarningOf(db, timer, overdue, now, cancellationToken);
        if (warning is not null)
        {
            db.Warnings.Add(warning);
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Marks a timer fired without doing anything else (its transition was refused); false when already fired or gone.</summary>
    public async Task<bool> SetAsideAsync(string timerId, Instant now, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        return await ClaimAsync(db, timerId, now, cancellationToken);
    }

    private static async Task<bool> ClaimAsync(EngineDb db, string timerId, Instant now, CancellationToken cancellationToken) =>
        await db.Timers.Where(t => t.TimerId == timerId && t.FiredAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.FiredAt, now), cancellationToken) == 1;

    private static async Task<WarningRow?> WarningOf(EngineDb db, TimerRow timer, bool overdue, Instant now, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.DossierId == timer.DossierId)
            .Select(d => new { d.ExecutingAgencyCode, d.DueAt, d.WarnAt }).SingleOrDefaultAsync(cancellationToken);
        if (dossier is null) return null;
        if (timer.BookmarkId is null)
        {
            if (dossier.DueAt is not { } due) return null;
            return new WarningRow
            {
                TimerId = timer.TimerId, DossierId = timer.DossierId, Step = "Hẹn trả kết quả", Agency = dossier.ExecutingAgencyCode,
                WarnAt = dossier.WarnAt ?? due, DueAt = due, Overdue = overdue, RaisedAt = now,
            };
        }
        var bookmark = await db.Bookmarks.AsNoTracking().SingleOrDefaultAsync(b => b.BookmarkId == timer.BookmarkId, cancellationToken);
        if (bookmark?.DueAt is not { } stepDue) return null;
        return new WarningRow
        {
            TimerId = timer.TimerId, DossierId = timer.DossierId, BookmarkId = bookmark.BookmarkId, ActivityId = bookmark.ActivityId,
            Step = bookmark.Step, Unit = bookmark.Unit, Agency = bookmark.Agency,
            WarnAt = bookmark.WarnAt ?? stepDue, DueAt = stepDue, Overdue = overdue, RaisedAt = now,
        };
    }
}
