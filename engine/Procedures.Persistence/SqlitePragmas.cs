using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Procedures.Persistence;

/// <summary>
/// Per-connection SQLite settings, applied each time the engine opens a connection (pooled connections keep them, so this
/// costs one short statement). <c>synchronous=NORMAL</c> in WAL mode syncs at checkpoints rather than at every commit:
/// a committed transition survives the process being killed, and only an operating-system crash or power loss can take
/// back the last commits, never half of one. <paramref name="syncEveryCommit"/> restores a sync per commit for those who
/// want that too, at about a millisecond a transition on this machine's disk. <c>busy_timeout</c> lets SQLite itself wait
/// for the writer lock in short steps instead of the driver's coarse retry.
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
