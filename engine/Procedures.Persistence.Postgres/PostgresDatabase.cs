using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Procedures.Persistence.Postgres;

/// <summary>
/// Opens the engine's tables on a PostgreSQL server shared by several nodes: the same <see cref="EngineDb"/> model and
/// stores as on SQLite, with this assembly's migrations (Migrations/).
/// </summary>
public static class PostgresDatabase
{
    // pg_advisory_lock's key for "migrating the engine's tables"; any constant no other code on the database uses.
    private const long MigrationLockKey = 0x50_52_4F_43_4D_49_47; // "PROCMIG"

    public static DbContextOptions<EngineDb> Options(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new DbContextOptionsBuilder<EngineDb>()
            .UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgresDatabase).Assembly.GetName().Name))
            .ReplaceService<IModelCustomizer, CivilTimeColumns>()
            .Options;
    }

    /// <summary>
    /// Brings the database's tables up to the latest migration (creating them on a fresh database) and returns the
    /// options. Nodes starting together on one database take turns: the first migrates, the others find nothing left
    /// to do.
    /// </summary>
    public static async Task<DbContextOptions<EngineDb>> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var options = Options(connectionString);
        await using var db = new EngineDb(options);
        // Npgsql's own migration lock is a LOCK TABLE on the history table, which two nodes may both try to create
        // at once on a fresh database; a session advisory lock held around the whole migration has no such gap.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return options;
    }
}
