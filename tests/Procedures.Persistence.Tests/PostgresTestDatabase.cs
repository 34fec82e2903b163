using Microsoft.EntityFrameworkCore;
using Procedures.Persistence.Postgres;

namespace Procedures.Persistence.Tests;

/// <summary>A database of its own on the tests' PostgreSQL server; the test is skipped, saying why, when there is no server.</summary>
public sealed class PostgresTestDatabase(PostgresServer server) : TestDatabase
{
    string? connectionString;

    string ConnectionString => connectionString ?? throw new InvalidOperationException("the database is not created yet");

    public override async Task CreateEmptyAsync()
    {
        Skip.IfNot(server.Available, server.Unavailable);
        connectionString = await server.NewDatabaseAsync();
    }

    public override Task<DbContextOptions<EngineDb>> OpenAsync() => PostgresDatabase.OpenAsync(ConnectionString);

    public override DbContextOptions<EngineDb> NewOptions() => PostgresDatabase.Options(ConnectionString);

    // The server drops it (or the whole throwaway cluster goes).
    public override Task DisposeAsync() => Task.CompletedTask;
}
