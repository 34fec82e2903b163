namespace Procedures.Api.Http;

/// <summary>
/// One writer at a time on the embedded SQLite file. SQLite lets one transaction write at once; concurrent requests
/// that each open one wait in its busy handler, which sleeps in growing steps (up to 100 ms), so under load most of
/// a submission's time would be spent asleep. Queued here instead, each write starts the moment the previous one
/// commits. PostgreSQL, shared by several nodes, locks rows itself: there the gate lets everything through.
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
