namespace Procedures.Host.Tests;

/// <summary>Where a test's host keeps its dossiers; one per test, kept across the test's restarts.</summary>
public interface IHostDatabase
{
    Task<TestHost> StartAsync(HostFolder folder);
}

/// <summary>The SQLite file in the test's folder.</summary>
public sealed class SqliteDatabase : IHostDatabase
{
    public Task<TestHost> StartAsync(HostFolder folder) => Task.FromResult(new TestHost(folder));
}

/// <summary>A PostgreSQL database of the test's own, or a skip with the reason when there is no server.</summary>
public sealed class PostgresDatabase(PostgresServer server) : IHostDatabase
{
    private string? name;

    public async Task<TestHost> StartAsync(HostFolder folder)
    {
        Skip.IfNot(server.Available, server.Unavailable);
        name ??= await server.NewDatabaseAsync();
        return new TestHost(folder, name);
    }
}

/// <summary>A test class that runs its tests on the database its concrete class names.</summary>
public abstract class HostTest(IHostDatabase database) : IDisposable
{
    protected HostFolder Folder { get; } = new();

    /// <summary>A host on this test's folder and database; call again after disposing one to restart.</summary>
    protected Task<TestHost> StartAsync() => database.StartAsync(Folder);

    public void Dispose()
    {
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
