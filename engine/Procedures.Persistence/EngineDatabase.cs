using Microsoft.EntityFrameworkCore;

namespace Procedures.Persistence;

/// <summary>
/// Opens the embedded SQLite database: a file under the working directory unless configured otherwise. A server shared
/// by several nodes is PostgreSQL, opened by <c>PostgresDatabase</c> in Procedures.Persistence.Postgres.
/// </summary>
public static class EngineDatabase
{
    public const string DefaultConnectionString = "Data Source=procedures.db";

    /// <param name="syncEveryCommit">Sync the file at every commit (survives power loss), or only at checkpoints (survives a killed process).</param>
    public static DbContextOptions<EngineDb> Sqlite(string? connectionString = null, bool syncEveryCommit = true) =>
        new DbContextOptionsBuilder<EngineDb>()
            .UseSqlite(connectionString ?? DefaultConnectionString)
            .AddInterceptors(new SqlitePragmas(syncEveryCommit))
            .Options;

    /// <summary>
    /// Creates the file on first start and brings its tables up to the latest migration (Migrations/). A model change
    /// needs a migration for each provider, after <c>dotnet tool restore</c>:
    /// <c>dotnet ef migrations add Name --project engine/Procedures.Persistence
    /// --startup-project engine/Procedures.Persistence.Design</c> for SQLite, and
    /// <c>dotnet ef migrations add Name --project engine/Procedures.Persistence.Postgres
    /// --startup-project engine/Procedures.Persistence.Design -- postgres</c> for PostgreSQL.
    /// </summary>
    public static async Task<DbContextOptions<EngineDb>> OpenSqliteAsync(string? connectionString = null, CancellationToken cancellationToken = default,
        bool syncEveryCommit = true)
    {
        var options = Sqlite(connectionString, syncEveryCommit);
        await using var db = new EngineDb(options);
        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets readers go on while one writer commits; the setting is stored in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        return options;
    }
}
