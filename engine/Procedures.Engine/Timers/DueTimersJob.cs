using Microsoft.Extensions.Logging;
using Quartz;

namespace Procedures.Engine.Timers;

/// <summary>
/// The scheduler's one recurring job: fire the dossiers' due timers. Quartz keeps its trigger in the database and, on
/// PostgreSQL, runs it on one node of the cluster at a time; the timers themselves are rows written in the same
/// transaction as the transition that needs them, so they are never lost between a commit and a schedule call, and a
/// cancelled one is simply gone.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DueTimersJob(ProcedureEngine engine, ILogger<DueTimersJob> log) : IJob
{
    public static readonly JobKey Key = new("due-timers", "procedures");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            var fired = await engine.FireDueTimersAsync(cancellationToken);
            if (fired > 0) log.LogInformation("Fired {Count} due timer(s)", fired);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next run tries again; a job that throws would only be logged by Quartz with less to go on.
            log.LogError(e, "Firing due timers failed");
        }
    }
}
