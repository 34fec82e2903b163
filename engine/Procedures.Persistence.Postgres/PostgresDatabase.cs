using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

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
    /// options. Nodes starting together on one database take turns on a session-level advisory lock held across the whole
    /// migration: the first node migrates and the others find nothing left. Npgsql's own migration lock (<c>LOCK TABLE
    /// "__EFMigrationsHistory"</c>) is not enough on its own: it ends with the transaction of the first migration applied,
    /// so with two migrations pending a second node applied the second one again (42P07, relation already exists).
    /// </summary>
    public static async Task<DbContextOptions<EngineDb>> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var options = Options(connectionString);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "SELECT pg_advisory_lock(@key)", cancellationToken);
        try
        {
            await using var db = new EngineDb(options);
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await ExecuteAsync(connection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None);
        }
        return options;
    }

    /// <summary>The advisory lock key of the engine's migrations ("procedures-migrations" as eight ASCII-derived bytes).</summary>
    private const long MigrationLock = 0x7072_6F63_6D69_6772;

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", MigrationLock);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
