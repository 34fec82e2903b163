using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Procedures.Persistence.Tests;

/// <summary>A SQLite file in the temp folder, created like on a first start and deleted afterwards.</summary>
public sealed class TempDatabase : IAsyncLifetime
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"procedures-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={Path}";

    public DbContextOptions<EngineDb> Options { get; private set; } = null!;

    public async Task InitializeAsync() => Options = await EngineDatabase.OpenSqliteAsync(ConnectionString);

    /// <summary>A context as a restarted host would open it: new options, nothing shared with the writer.</summary>
    public EngineDb Open() => new(EngineDatabase.Sqlite(ConnectionString));

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
        return Task.CompletedTask;
    }
}
