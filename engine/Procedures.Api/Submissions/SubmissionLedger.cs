using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Procedures.Engine;
using Procedures.Persistence;
using Procedures.Persistence.Postgres;
using Procedures.Persistence.Rows;

namespace Procedures.Api.Submissions;

/// <summary>
/// The submissions table: which portal handed each dossier in, with its <c>Idempotency-Key</c>. Lives in the engine's
/// database (migrated with it), so a retry after a restart or on another node still finds the first attempt.
/// </summary>
public sealed class SubmissionLedger(DbContextOptions<EngineDb> options)
{
    private readonly PooledDbContextFactory<EngineDb> contexts = new(options);

    /// <summary>The database the engine of <paramref name="engine"/> uses.</summary>
    public static DbContextOptions<EngineDb> OptionsFor(EngineOptions engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        // SQLite: the ledger's commit need not sync the file itself. In WAL mode frames reach the disk in order, so the
        // engine's commit of the dossier, which comes right after and syncs, carries the ledger's row with it; a row
        // whose dossier never came is the only thing a power loss could take, and it was worth nothing.
        return engine.Provider == DatabaseProvider.Postgres
            ? PostgresDatabase.Options(engine.ConnectionString)
            : EngineDatabase.Sqlite(engine.ConnectionString, syncEveryCommit: false);
    }

    public async Task<SubmissionRow?> FindAsync(string dossierId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Submissions.AsNoTracking().SingleOrDefaultAsync(r => r.DossierId == dossierId, cancellationToken);
    }

    /// <summary>
    /// Records a submission about to be made. When the portal used this key before, nothing is written and the row of
    /// the first attempt comes back (<c>Claimed</c> false), whoever of two racing attempts got there first.
    /// </summary>
    public async Task<(bool Claimed, SubmissionRow Row)> ClaimAsync(SubmissionRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.IdempotencyKey is { } key && await FindByKeyAsync(row.Portal, key, cancellationToken) is { } earlier)
            return (false, earlier);
        try
        {
            await using var db = contexts.CreateDbContext();
            db.Submissions.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            return (true, row);
        }
        catch (DbUpdateException) when (row.IdempotencyKey is not null)
        {
            // Another attempt with the same key committed between the look-up and the insert.
            var winner = await FindByKeyAsync(row.Portal, row.IdempotencyKey, cancellationToken);
            if (winner is null) throw;
            return (false, winner);
        }
    }

    /// <summary>Forgets a submission the engine refused, so the key may be used again with a corrected request.</summary>
    public async Task<int> ForgetAsync(string dossierId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Submissions.Where(r => r.DossierId == dossierId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The id of the dossier with this number (Circular 01/2018 Art. 19), if any.</summary>
    public async Task<string?> DossierIdOfNumberAsync(string number, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Dossiers.AsNoTracking().Where(d => d.DossierNumber == number).Select(d => d.DossierId).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<SubmissionRow?> FindByKeyAsync(string portal, string key, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Submissions.AsNoTracking().SingleOrDefaultAsync(r => r.Portal == portal && r.IdempotencyKey == key, cancellationToken);
    }
}
