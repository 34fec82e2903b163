using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Procedures.Calendar;
using Procedures.Persistence.Rows;
using Procedures.Runtime;
using Procedures.Runtime.Effects;
using Procedures.Runtime.State;

namespace Procedures.Persistence;

/// <summary>
/// Persists what a run returns: the instance row, the new journal lines and the bookmark and timer rows of its effects,
/// in one transaction. A resume writes only when the stored revision is still the one the run started from, so of two
/// writers from the same revision exactly one wins and the other gets <see cref="SaveStatus.Conflict"/> with nothing
/// of it stored.
/// </summary>
public sealed class DossierStore(DbContextOptions<EngineDb> options, IWorkingCalendar calendar)
{
    // Pooled contexts: a transition opens several, and building one from the options costs more than the SQL it runs.
    private readonly PooledDbContextFactory<EngineDb> contexts = new(options);

    public async Task<SaveOutcome> SaveStartAsync(RunResult started, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(started);
        if (!started.Accepted || started.Instance is not { } instance) return new(SaveStatus.NotSaved, 0, started.Reason ?? "the start was refused");

        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        return await InsertAsync(db, transaction, instance, started.Effects, cancellationToken);
    }

    /// <summary>
    /// Takes the agency's next number for <paramref name="date"/> and saves the dossier <paramref name="start"/> opens with
    /// it, in one transaction: a refused start rolls the number back, so the daily sequence has no gaps and no duplicates
    /// (the counter row stays locked until the commit, also across nodes).
    /// </summary>
    public async Task<(SaveOutcome Outcome, RunResult Run)> SaveNewAsync(string agencyCode, NodaTime.LocalDate date,
        Func<string, RunResult> start, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyCode);
        ArgumentNullException.ThrowIfNull(start);
        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sequence = await StoredDossierNumberSequence.NextAsync(db, agencyCode, date, cancellationToken);
        var started = start(Runtime.Numbering.DossierNumber.Format(agencyCode, date, sequence));
        if (!started.Accepted || started.Instance is not { } instance)
        {
            await transaction.RollbackAsync(cancellationToken);
            return (new(SaveStatus.NotSaved, 0, started.Reason ?? "the start was refused"), started);
        }
        return (await InsertAsync(db, transaction, instance, started.Effects, cancellationToken), started);
    }

    /// <summary>Writes a new dossier's row, journal and effects in the open transaction and commits them.</summary>
    async Task<SaveOutcome> InsertAsync(EngineDb db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction,
        WorkflowInstance instance, IEnumerable<RunEffect> effects, CancellationToken cancellationToken)
    {
        db.Dossiers.Add(ToRow(instance));
        AddJournal(db, instance, after: 0);
        ApplyEffects(db, instance, effects);
        return await CommitAsync(db, transaction, instance, current =>
            new(SaveStatus.Conflict, current, $"dossier {instance.DossierId} or number {instance.DossierNumber} is already stored"), cancellationToken);
    }

    public async Task<SaveOutcome> SaveResumeAsync(WorkflowInstance before, RunResult after, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (!after.Accepted || after.Instance is not { } instance) return new(SaveStatus.NotSaved, before.Revision, after.Reason ?? "the run was refused");
        if (instance.DossierId != before.DossierId) throw new ArgumentException("the run is of another dossier", nameof(after));

        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = ToRow(instance);
        var entry = db.Dossiers.Attach(row);
        // The stored row is what the run started from: only the columns that changed are written (and their indexes
        // touched), and the UPDATE matches only the revision the run started from.
        entry.OriginalValues.SetValues(ToRow(before, json: ""));
        db.ChangeTracker.DetectChanges();
        AddJournal(db, instance, after: before.Journal.Count == 0 ? 0 : before.Journal.Max(e => e.Sequence));
        ApplyEffects(db, instance, after.Effects);
        // DbUpdateConcurrencyException when the revision moved (or the row is gone); a key clash on the journal
        // or a bookmark when a writer from the same revision committed first.
        return await CommitAsync(db, transaction, instance, current => current == 0
            ? new(SaveStatus.NotSaved, 0, $"dossier {instance.DossierId} is not stored")
            : new(SaveStatus.Conflict, current, $"dossier {instance.DossierId} is at revision {current}, the run started from {before.Revision}"),
            cancellationToken);
    }

    /// <summary>Commits the run's writes, or rolls all of them back and says why with the revision now stored.</summary>
    async Task<SaveOutcome> CommitAsync(EngineDb db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction,
        WorkflowInstance instance, Func<int, SaveOutcome> refused, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new(SaveStatus.Saved, instance.Revision);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return refused(await CurrentRevisionAsync(instance.DossierId, cancellationToken));
        }
    }

    public async Task<StoredDossier?> LoadAsync(string dossierId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(r => r.DossierId == dossierId, cancellationToken);
        if (row is null) return null;
        var instance = InstanceJson.Deserialize(row.InstanceJson, out var error)
            ?? throw new InvalidDataException($"dossier {dossierId}: the stored instance does not read back: {error}");
        return new StoredDossier(instance, row.Revision);
    }

    private async Task<int> CurrentRevisionAsync(string dossierId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Dossiers.Where(r => r.DossierId == dossierId).Select(r => r.Revision).SingleOrDefaultAsync(cancellationToken);
    }

    private DossierRow ToRow(WorkflowInstance instance, string? json = null) => new()
    {
        DossierId = instance.DossierId,
        DossierNumber = instance.DossierNumber,
        DefinitionId = instance.DefinitionId,
        DefinitionVersion = instance.DefinitionVersion,
        ContentHash = instance.ContentHash,
        Status = instance.Status.ToString(),
        ExecutingAgencyCode = AgencyCodeOf(instance.DossierNumber),
        Channel = instance.Channel?.ToString(),
        ReceivedAt = instance.ReceivedAt,
        DueAt = instance.DueAt,
        WarnAt = instance.DueAt is { } due && instance.DeadlineStartedAt is { } started ? VietnamTime.WarnAt(calendar, started, due) : null,
        FinishedAt = instance.FinishedAt,
        Finished = instance.IsFinished,
        Revision = instance.Revision,
        InstanceJson = json ?? InstanceJson.Serialize(instance),
    };

    // AGENCYCODE-YYMMDD-NNNN: the agency code itself may hold dashes, the last two parts never do.
    private static string? AgencyCodeOf(string dossierNumber)
    {
        var parts = dossierNumber.Split('-');
        return parts.Length >= 3 ? string.Join('-', parts[..^2]) : null;
    }

    private static void AddJournal(EngineDb db, WorkflowInstance instance, int after)
    {
        foreach (var e in instance.Journal.Where(e => e.Sequence > after))
            db.Journal.Add(new JournalRow
            {
                DossierId = instance.DossierId,
                Sequence = e.Sequence,
                Event = e.Event.ToString(),
                ActivityId = e.ActivityId,
                Step = e.Step,
                Unit = e.Unit,
                Outcome = e.Outcome,
                ReceivedAt = e.ReceivedAt,
                DueAt = e.DueAt,
                DoneAt = e.DoneAt,
                Punctuality = e.Punctuality.ToString(),
                Status = e.Status.ToString(),
                Note = e.Note,
                Appointment = e.Appointment,
            });
    }

    private static void ApplyEffects(EngineDb db, WorkflowInstance instance, IEnumerable<RunEffect> effects)
    {
        var dossierId = instance.DossierId;
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case BookmarkCreated { Bookmark: var b }:
                    var step = instance.ActiveSteps.First(s => s.Bookmarks.Any(x => x.Id == b.Id));
                    db.Bookmarks.Add(new BookmarkRow
                    {
                        BookmarkId = b.Id,
                        DossierId = dossierId,
                        ActivityId = b.ActivityId,
                        Kind = b.Kind.ToString(),
                        Step = step.Title,
                        Unit = step.Unit,
                        Agency = b.Agency,
                        StartedAt = b.StartedAt,
                        DueAt = b.DueAt,
                        WarnAt = b.WarnAt,
                    });
                    break;
                case BookmarkRemoved removed:
                    db.Bookmarks.Remove(new BookmarkRow { BookmarkId = removed.BookmarkId, DossierId = dossierId, ActivityId = "", Kind = "" });
                    break;
                case TimerScheduled t:
                    db.Timers.Add(new TimerRow { TimerId = t.TimerId, DossierId = dossierId, BookmarkId = t.BookmarkId, DueAt = t.DueAt, Purpose = t.Purpose.ToString() });
                    break;
                case TimerCancelled cancelled:
                    db.Timers.Remove(new TimerRow { TimerId = cancelled.TimerId, DossierId = dossierId, Purpose = "" });
                    // The warning it raised, if any, goes with it (ON DELETE CASCADE).
                    break;
                default:
                    throw new NotSupportedException($"no row for the effect {effect.GetType().Name}");
            }
        }
    }
}
