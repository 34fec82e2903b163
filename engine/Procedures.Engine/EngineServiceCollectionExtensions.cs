using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Procedures.Engine.Timers;
using Quartz;

namespace Procedures.Engine;

public static class EngineServiceCollectionExtensions
{
    public const string SchedulerName = "procedures";

    /// <summary>
    /// Adds a procedure engine node: <see cref="ProcedureEngine"/> as a singleton, started with the host, and a Quartz
    /// scheduler on the same database that fires due timers (clustered on PostgreSQL, so the nodes share the work and
    /// each firing happens once).
    /// <code>services.AddProcedureEngine(o => o.UseSqlite("Data Source=procedures.db").Procedures("procedures"));</code>
    /// </summary>
    public static IServiceCollection AddProcedureEngine(this IServiceCollection services, Action<EngineOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new EngineOptions();
        configure(options);

        services.AddSingleton(options);
        services.AddSingleton(sp => new ProcedureEngine(options, sp.GetService<ILogger<ProcedureEngine>>()));
        // Registered before Quartz's hosted service, so the database is migrated before the scheduler first runs.
        services.AddHostedService<EngineHostedService>();
        // A named scheduler, so a portal that runs Quartz for its own jobs keeps its default one.
        services.AddQuartz(SchedulerName, q =>
        {
            q.ConfigureScheduler(s => s.InstanceId = options.NodeId);
            q.UsePersistentStore(store =>
            {
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
                switch (options.Provider)
                {
                    case DatabaseProvider.Postgres:
                        store.UsePostgres(options.ConnectionString);
                        store.UseClustering();
                        break;
                    default:
                        store.UseSqlite(options.ConnectionString);
                        break;
                }
            });
            q.AddJob<DueTimersJob>(job => job.WithIdentity(DueTimersJob.Key).StoreDurably());
            q.AddTrigger(trigger => trigger
                .ForJob(DueTimersJob.Key)
                .WithIdentity("due-timers", "procedures")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(options.TimerPollInterval).RepeatForever()
                    // After downtime: one run at once (it fires every timer missed), not one per missed interval.
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithRemainingCount)));
        });
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
        return services;
    }
}
