using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Procedures.Persistence.Tests;

/// <summary>A SQLite file in the temp folder.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    readonly string path = Path.Combine(Path.GetTempPath(), $"procedures-{Guid.NewGuid():N}.db");

    string ConnectionString => $"Data Source={path}";

    // The file appears on first open.
    public override Task CreateEmptyAsync() => Task.CompletedTask;

    public override Task<DbContextOptions<EngineDb>> OpenAsync() => EngineDatabase.OpenSqliteAsync(ConnectionString);

    public override DbContextOptions<EngineDb> NewOptions() => EngineDatabase.Sqlite(ConnectionString);

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
        return Task.CompletedTask;
    }
}
