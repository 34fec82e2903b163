namespace Procedures.Api.Http;

/// <summary>
/// One writer at a time for the API's own rows (the submissions ledger) on the embedded SQLite file. SQLite lets one
/// transaction write at once; concurrent requests that each open one wait in its busy handler, which sleeps in growing
/// steps (up to 100 ms), so under load a submission would spend most of its time asleep. Queued here instead, each
/// insert starts the moment the previous one commits. The engine's own transitions are not queued here: the engine
/// groups concurrent ones into one transaction itself (measured with the host harness: gating them too halved the
/// throughput and raised p99 from 44 ms to 320 ms). PostgreSQL locks rows itself: there the gate lets everything through.
/// </summary>
internal sealed class WriteGate(bool serialize)
{
    private readonly SemaphoreSlim _one = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        if (!serialize) return await write();
        await _one.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            _one.Release();
        }
    }
}
