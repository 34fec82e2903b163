using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Procedures.Runtime.State;

namespace Procedures.Persistence.Tests;

[Collection(PostgresCollection.Name)]
public sealed class DossierStoreOnPostgres(PostgresServer server) : DossierStoreTests(new PostgresTestDatabase(server))
{
    [SkippableFact]
    public async Task A_writer_blocked_behind_another_nodes_uncommitted_resume_gets_a_conflict_once_that_one_commits()
    {
        var host = new Host(Database);
        await host.Store.SaveStartAsync(host.Start("HS-8"));
        var before = (await host.Store.LoadAsync("HS-8"))!.Instance;
        host.Later();
        var a = host.Next(before, "writer A");
        var b = host.Next(before, "writer B");
        var held = new HeldCommit();
        var nodeA = new DossierStore(new DbContextOptionsBuilder<EngineDb>(Database.NewOptions()).AddInterceptors(held).Options, TestProcedures.Calendar);
        var nodeB = new DossierStore(Database.NewOptions(), TestProcedures.Calendar);

        var savingA = nodeA.SaveResumeAsync(before, a);
        await held.Reached.Task.WaitAsync(TimeSpan.FromMinutes(1));
        var savingB = nodeB.SaveResumeAsync(before, b);
        await WaitForABlockedWriter();
        held.Release.SetResult();

        Assert.Equal(new SaveOutcome(SaveStatus.Saved, before.Revision + 1), await savingA);
        var lost = await savingB;
        Assert.Equal((SaveStatus.Conflict, before.Revision + 1), (lost.Status, lost.Revision));
        var stored = (await host.Store.LoadAsync("HS-8"))!;
        Assert.Equal(InstanceJson.Serialize(a.Instance!), InstanceJson.Serialize(stored.Instance));
        await AssertRowsMatch(stored.Instance);
    }

    /// <summary>Until the server shows a session of this database waiting for a lock (bounded, so a miss fails).</summary>
    async Task WaitForABlockedWriter()
    {
        await using var db = Database.Open();
        for (var attempt = 0; attempt < 3000; attempt++)
        {
            var waiting = await db.Database.SqlQuery<int>($"""
                SELECT count(*)::int AS "Value" FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock'
                """).SingleAsync();
            if (waiting > 0) return;
            await Task.Delay(10);
        }
        Assert.Fail("the second writer never waited for the first one's locks");
    }

    /// <summary>Holds a writer's commit, its rows written and locked, until released.</summary>
    sealed class HeldCommit : DbTransactionInterceptor
    {
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default)
        {
            Reached.TrySetResult();
            await Release.Task;
            return result;
        }
    }
}
