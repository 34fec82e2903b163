using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NodaTime;

namespace Procedures.Persistence;

/// <summary>
/// The agencies' daily dossier counters in <c>dossier_numbers</c>. One upsert in its own transaction takes the next
/// number, so two hosts on the same database never hand out the same one.
/// </summary>
public sealed class StoredDossierNumberSequence(DbContextOptions<EngineDb> options) : Runtime.Numbering.IDossierNumberSequence
{
    private readonly PooledDbContextFactory<EngineDb> contexts = new(options);

    public int Next(string agencyCode, LocalDate date)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyCode);
        using var db = contexts.CreateDbContext();
        using var transaction = db.Database.BeginTransaction();
        var next = Take(db, agencyCode, date).AsEnumerable().Single();
        transaction.Commit();
        return next;
    }

    // INSERT … ON CONFLICT … RETURNING: SQLite 3.35+ and PostgreSQL alike (the engine's own writes take numbers with
    // the same statement, DossierSql.NextNumber, inside a dossier's transaction).
    private static IQueryable<int> Take(EngineDb db, string agencyCode, LocalDate date) => db.Database.SqlQuery<int>($"""
        INSERT INTO dossier_numbers (agency_code, date, last) VALUES ({agencyCode}, {date.ToDateOnly()}, 1)
        ON CONFLICT (agency_code, date) DO UPDATE SET last = dossier_numbers.last + 1
        RETURNING last AS "Value"
        """);
}
