using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Procedures.Engine.Tests;

/// <summary>One engine node as a portal hosts it: a generic host with <c>AddProcedureEngine</c>, Quartz included.</summary>
public sealed class EngineNode : IAsyncDisposable
{
    private readonly IHost _host;

    private EngineNode(IHost host) => _host = host;

    public ProcedureEngine Engine => _host.Services.GetRequiredService<ProcedureEngine>();

    public static async Task<EngineNode> StartAsync(Action<EngineOptions> configure)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddProcedureEngine(configure);
        var host = builder.Build();
        await host.StartAsync();
        return new EngineNode(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
