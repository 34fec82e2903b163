using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Procedures.Persistence;

/// <summary>
/// Per-connection SQLite settings, applied each time the engine opens a connection (pooled connections keep them, so this
/// costs one short statement). With <paramref name="syncEveryCommit"/> every commit is synced (<c>synchronous=FULL</c>):
/// a power loss keeps it. Without, WAL with <c>synchronous=NORMAL</c> syncs at checkpoints only: a committed transition
/// survives the process being killed, and only an operating-system crash or power loss can take back the last commits,
/// never half of one. <c>busy_timeout</c> lets SQLite itself wait for the writer lock in short steps instead of the
/// driver's coarse retry.
/// </summary>
internal sealed class SqlitePragmas(bool syncEveryCommit) : DbConnectionInterceptor
{
    private readonly string _pragmas = $"PRAGMA synchronous={(syncEveryCommit ? "FULL" : "NORMAL")}; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }
}
