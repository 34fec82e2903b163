using Npgsql;
using Xunit;

namespace Procedures.Testing;

/// <summary>
/// A PostgreSQL server for tests, as a class or collection fixture: the one named by
/// <c>PROCEDURES_TEST_POSTGRES</c> (a connection string of a user who may create databases), else a throwaway
/// cluster started from the installed binaries and removed on dispose, else none, with <see cref="Unavailable"/>
/// saying why. Each test takes a database of its own from <see cref="NewDatabaseAsync"/>.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string Variable = "PROCEDURES_TEST_POSTGRES";

    string? connectionString;
    ThrowawayCluster? cluster;
    readonly List<string> created = [];

    public bool Available => connectionString is not null;

    /// <summary>Why there is no server, when there is none.</summary>
    public string? Unavailable { get; private set; }

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            connectionString = configured;
            return;
        }
        if (ThrowawayCluster.FindBinaries() is not { } bin)
        {
            Unavailable = $"no PostgreSQL: {Variable} is not set and there is no /usr/lib/postgresql/*/bin/initdb (apt-get install postgresql)";
            return;
        }
        // Binaries that fail to start a cluster are a broken machine, not a missing server: that fails the tests.
        cluster = await ThrowawayCluster.StartAsync(bin);
        connectionString = cluster.ConnectionString;
    }

    /// <summary>Creates an empty database with a name of its own and returns its connection string.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        if (connectionString is null) throw new InvalidOperationException(Unavailable);
        var name = $"procedures_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        lock (created) created.Add(name);
        return new NpgsqlConnectionStringBuilder(connectionString) { Database = name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (cluster is not null)
        {
            // The cluster goes as a whole, its databases with it.
            await cluster.DisposeAsync();
            return;
        }
        if (connectionString is null) return;
        // A configured server outlives the tests: leave it as it was.
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var name in created)
        {
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
