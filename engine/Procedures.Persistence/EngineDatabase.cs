using Microsoft.EntityFrameworkCore;

namespace Procedures.Persistence;

/// <summary>Opens the embedded SQLite database: a file under the working directory unless configured otherwise.</summary>
public static class EngineDatabase
{
    public const string DefaultConnectionString = "Data Source=procedures.db";

    public static DbContextOptions<EngineDb> Sqlite(string? connectionString = null) =>
        new DbContextOptionsBuilder<EngineDb>().UseSqlite(connectionString ?? DefaultConnectionString).Options;

    /// <summary>
    /// Creates the file and the tables on first start. EnsureCreated until migrations exist: it does nothing to a
    /// database that already has tables.
    /// </summary>
    public static async Task<DbContextOptions<EngineDb>> OpenSqliteAsync(string? connectionString = null, CancellationToken cancellationToken = default)
    {
        var options = Sqlite(connectionString);
        await using var db = new EngineDb(options);
        await db.Database.EnsureCreatedAsync(cancellationToken);
        // WAL lets readers go on while one writer commits; the setting is stored in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        return options;
    }
}
