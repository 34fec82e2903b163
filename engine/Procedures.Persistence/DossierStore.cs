using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Procedures.Calendar;
using Procedures.Persistence.Rows;
using Procedures.Persistence.Writing;
using Procedures.Runtime;
using Procedures.Runtime.State;

namespace Procedures.Persistence;

/// <summary>
/// Persists what a run returns: the instance row, the new journal lines and the bookmark and timer rows of its effects,
/// all or nothing. A resume writes only when the stored revision is still the one the run started from, so of two
/// writers from the same revision exactly one wins and the other gets <see cref="SaveStatus.Conflict"/> with nothing
/// of it stored. Writes go through a <see cref="GroupCommit"/>: concurrent transitions share a transaction (and its
/// sync), each in its own savepoint, and are acknowledged only once it has committed.
/// </summary>
public sealed class DossierStore(DbContextOptions<EngineDb> options, IWorkingCalendar calendar) : IAsyncDisposable
{
    // Pooled contexts for reads: building one from the options costs more than the query it runs.
    private readonly PooledDbContextFactory<EngineDb> contexts = new(options);
    private readonly GroupCommit writer = new(options);

    // Compiled once per store: a compiled query belongs to one model (one provider).
    private readonly Func<EngineDb, string, CancellationToken, Task<StoredRow?>> storedRowOf =
        EF.CompileAsyncQuery((EngineDb db, string id, CancellationToken _) =>
            db.Dossiers.Where(r => r.DossierId == id).Select(r => new StoredRow(r.InstanceJson, r.Revision)).SingleOrDefault());

    public async Task<SaveOutcome> SaveStartAsync(RunResult started, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(started);
        if (!started.Accepted || started.Instance is not { } instance) return new(SaveStatus.NotSaved, 0, started.Reason ?? "the start was refused");
        return await writer.WriteAsync(new NewDossierWrite(_ => started, i => ToRow(i), numbering: null, lockKey: instance.DossierId), cancellationToken);
    }

    /// <summary>
    /// Saves the dossier <paramref name="start"/> opens, all or nothing. With <paramref name="numbering"/> (a procedure
    /// without a receipt step: the dossier is received as it is submitted) the agency's next number of its day is taken
    /// first and handed to the start: a refused start gives the number back, so the daily sequence has no gaps and no
    /// duplicates (the counter row stays locked until the commit, also across nodes). Without, the start gets null: the
    /// dossier is numbered when it is received.
    /// </summary>
    public async Task<(SaveOutcome Outcome, RunResult Run)> SaveNewAsync(DossierNumbering? numbering, string dossierId,
        Func<string?, RunResult> start, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dossierId);
        ArgumentNullException.ThrowIfNull(start);
        var write = new NewDossierWrite(start, i => ToRow(i), numbering, lockKey: numbering?.AgencyCode ?? dossierId);
        var outcome = await writer.WriteAsync(write, cancellationToken);
        return (outcome, write.Run!);
    }

    public async Task<SaveOutcome> SaveResumeAsync(WorkflowInstance before, RunResult after, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (!after.Accepted || after.Instance is not { } instance) return new(SaveStatus.NotSaved, before.Revision, after.Reason ?? "the run was refused");
        if (instance.DossierId != before.DossierId) throw new ArgumentException("the run is of another dossier", nameof(after));
        return await writer.WriteAsync(new ResumeWrite(before, ToRow(before, json: ""), _ => after, i => ToRow(i), numbering: null), cancellationToken);
    }

    /// <summary>
    /// Resumes a dossier that is not numbered yet and may be received by this transition (Circular 01/2018 Art. 19: the
    /// number carries the day the complete dossier is received): inside the transaction the agency's next number of the
    /// day is taken and <paramref name="resume"/> runs with it; if the run does not receive the dossier the number is given
    /// back, and a refused run gives it back with everything else. Numbers are taken before any dossier row is touched, in
    /// every node's group, so the daily sequence has no gaps and no duplicates. <c>Run</c> is null only when the write never
    /// ran (the transaction failed).
    /// </summary>
    public async Task<(SaveOutcome Outcome, RunResult? Run)> SaveReceiptAsync(WorkflowInstance before, DossierNumbering numbering,
        Func<string, RunResult> resume, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(numbering);
        ArgumentNullException.ThrowIfNull(resume);
        var write = new ResumeWrite(before, ToRow(before, json: ""), number => resume(number!), i => ToRow(i), numbering);
        var outcome = await writer.WriteAsync(write, cancellationToken);
        return (outcome, write.Run);
    }

    public async Task<StoredDossier?> LoadAsync(string dossierId, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        if (await storedRowOf(db, dossierId, cancellationToken) is not { } row) return null;
        var instance = InstanceJson.Deserialize(row.InstanceJson, out var error)
            ?? throw new InvalidDataException($"dossier {dossierId}: the stored instance does not read back: {error}");
        return new StoredDossier(instance, row.Revision);
    }

    public ValueTask DisposeAsync() => writer.DisposeAsync();

    private sealed record StoredRow(string InstanceJson, int Revision);

    private DossierRow ToRow(WorkflowInstance instance, string? json = null) => new()
    {
        DossierId = instance.DossierId,
        DossierNumber = instance.DossierNumber,
        DefinitionId = instance.DefinitionId,
        DefinitionVersion = instance.DefinitionVersion,
        ContentHash = instance.ContentHash,
        Status = instance.Status.ToString(),
        ExecutingAgencyCode = instance.ExecutingAgency?.Code is { Length: > 0 } code ? code : AgencyCodeOf(instance.DossierNumber),
        Channel = instance.Channel?.ToString(),
        ReceivedAt = instance.ReceivedAt,
        // While the agency's clock is stopped the appointment is not running out: the statistics count the dossier as
        // not yet due until the clock runs again and moves it.
        DueAt = instance.ClockStopped ? null : instance.DueAt,
        WarnAt = !instance.ClockStopped && instance.DueAt is { } due && instance.DeadlineStartedAt is { } started
            ? VietnamTime.WarnAt(calendar, started, due) : null,
        FinishedAt = instance.FinishedAt,
        Finished = instance.IsFinished,
        Revision = instance.Revision,
        InstanceJson = json ?? InstanceJson.Serialize(instance),
    };

    // AGENCYCODE-YYMMDD-NNNN: the agency code itself may hold dashes, the last two parts never do. For instances stored
    // before they carried their agency code.
    private static string? AgencyCodeOf(string? dossierNumber)
    {
        if (dossierNumber is null) return null;
        var parts = dossierNumber.Split('-');
        return parts.Length >= 3 ? string.Join('-', parts[..^2]) : null;
    }
}
