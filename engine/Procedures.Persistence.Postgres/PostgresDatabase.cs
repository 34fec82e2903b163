using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Procedures.Persistence.Postgres;

/// <summary>
/// Opens the engine's tables on a PostgreSQL server shared by several nodes: the same <see cref="EngineDb"/> model and
/// stores as on SQLite, with this assembly's migrations (Migrations/).
/// </summary>
public static class PostgresDatabase
{
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
    /// options. Nodes starting together on one database take turns: Npgsql's migrator creates its history table
    /// tolerating a concurrent creator, then holds <c>LOCK TABLE "__EFMigrationsHistory" IN ACCESS EXCLUSIVE MODE</c>
    /// while it reads what is applied and applies the rest, so the first node migrates and the others find nothing left.
    /// </summary>
    public static async Task<DbContextOptions<EngineDb>> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var options = Options(connectionString);
        await using var db = new EngineDb(options);
        await db.Database.MigrateAsync(cancellationToken);
        return options;
    }
}
