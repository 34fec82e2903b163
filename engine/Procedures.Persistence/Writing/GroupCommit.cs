using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Procedures.Persistence.Writing;

/// <summary>
/// Group commit: writes that arrive while a commit is under way are committed together in the next transaction, each
/// inside its own savepoint. A write is all or nothing (a refused or conflicting one is rolled back to its savepoint
/// and the others go on), and its caller hears back only after the transaction holding it has committed, so what a
/// caller is told is saved is as durable as a transaction of its own; a sync then covers a whole group. There is no
/// writer thread: the caller that finds no commit under way commits the queue, its own write and every other.
/// </summary>
internal sealed class GroupCommit(DbContextOptions<EngineDb> options) : IAsyncDisposable
{
    // Bounds the work one transaction holds (and its locks on PostgreSQL); the rest goes in the next one.
    private const int MostPerTransaction = 128;
    private readonly ConcurrentQueue<PendingWrite> _queue = new();
    private WriterSession? _session;
    private int _committing;
    private int _disposed;

    public async Task<SaveOutcome> WriteAsync(PendingWrite write, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        _queue.Enqueue(write);
        // Whoever holds the flag commits all that is queued, then looks again after releasing it: a write queued while
        // the flag was held (its writer could not take the flag) is never left behind.
        while (Interlocked.CompareExchange(ref _committing, 1, 0) == 0)
        {
            try
            {
                await CommitQueuedAsync();
            }
            finally
            {
                Volatile.Write(ref _committing, 0);
            }
            if (_queue.IsEmpty) break;
        }
        return await write.Completion.Task.WaitAsync(cancellationToken);
    }

    private async Task CommitQueuedAsync()
    {
        var batch = new List<PendingWrite>(Math.Min(_queue.Count, MostPerTransaction));
        while (true)
        {
            batch.Clear();
            while (batch.Count < MostPerTransaction && _queue.TryDequeue(out var next)) batch.Add(next);
            if (batch.Count == 0) return;
            // Every node takes row locks in the same order (numbers, then dossiers by id), so two nodes' groups on
            // PostgreSQL wait for each other instead of deadlocking.
            batch.Sort(static (a, b) => string.CompareOrdinal(a.LockOrder, b.LockOrder));
            await CommitAsync(batch);
        }
    }

    private async Task CommitAsync(List<PendingWrite> batch)
    {
        var outcomes = new SaveOutcome?[batch.Count];
        var failures = new Exception?[batch.Count];
        // A write alone needs no savepoint: its transaction is rolled back instead (two statements fewer a transition).
        var alone = batch.Count == 1;
        try
        {
            var session = _session ??= await WriterSession.OpenAsync(options);
            await using (var transaction = await session.BeginAsync())
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    if (!alone) await session.ExecuteAsync("SAVEPOINT w");
                    try
                    {
                        outcomes[i] = await batch[i].ApplyAsync(session);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        failures[i] = e;
                    }
                    var undo = failures[i] is not null || !outcomes[i]!.Saved;
                    if (alone)
                    {
                        if (undo) await transaction.RollbackAsync();
                        else await transaction.CommitAsync();
                        break;
                    }
                    if (undo) await session.ExecuteAsync("ROLLBACK TO SAVEPOINT w");
                    await session.ExecuteAsync("RELEASE SAVEPOINT w");
                    if (failures[i] is DbException) (outcomes[i], failures[i]) = await ExplainAsync(batch[i], session, failures[i]!);
                }
                if (!alone) await transaction.CommitAsync();
            }
            session.TransactionEnded();
            if (alone && failures[0] is DbException) (outcomes[0], failures[0]) = await ExplainAsync(batch[0], session, failures[0]!);
        }
        catch (Exception e)
        {
            // The transaction is gone (or never began): nothing of the group is stored. The connection may be broken,
            // so the next group opens a new one.
            if (_session is not null) await _session.DisposeAsync();
            _session = null;
            foreach (var write in batch) write.Completion.TrySetException(e);
            return;
        }
        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is { } failure) batch[i].Completion.TrySetException(failure);
            else batch[i].Completion.TrySetResult(outcomes[i]!);
        }
    }

    // A clash with a row another writer committed first is a conflict; anything else is a failure.
    private static async Task<(SaveOutcome?, Exception?)> ExplainAsync(PendingWrite write, WriterSession session, Exception failure) =>
        await write.ExplainAsync(session) is { } conflict ? (conflict, null) : (null, failure);

    public async ValueTask DisposeAsync()
    {
        // Waits for a commit under way and keeps the flag: nothing is committed after this.
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        while (Interlocked.CompareExchange(ref _committing, 1, 0) != 0) await Task.Delay(1);
        while (_queue.TryDequeue(out var left)) left.Completion.TrySetException(new ObjectDisposedException(nameof(DossierStore)));
        if (_session is not null) await _session.DisposeAsync();
        _session = null;
    }
}
