using Microsoft.Extensions.Hosting;

namespace Procedures.Engine;

/// <summary>Starts the engine with the host (database, calendar, procedures, watcher) and releases it at shutdown.</summary>
internal sealed class EngineHostedService(ProcedureEngine engine) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => engine.StartAsync(cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken) => await engine.DisposeAsync();
}
