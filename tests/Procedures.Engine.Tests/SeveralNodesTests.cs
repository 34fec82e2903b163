using Procedures.Persistence;
using Procedures.Runtime;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;

namespace Procedures.Engine.Tests;

/// <summary>Several engine nodes on one PostgreSQL database, as a province runs them.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SeveralNodesTests(PostgresServer server) : IDisposable
{
    private readonly Workspace workspace = new();

    [SkippableFact]
    public async Task Two_nodes_acting_on_the_same_dossier_at_once_make_exactly_one_transition()
    {
        Skip.IfNot(server.Available, server.Unavailable);
        var database = await server.NewDatabaseAsync();
        await using var a = new ProcedureEngine(workspace.PostgresOptions(database, o => o.Watch = false));
        await using var b = new ProcedureEngine(workspace.PostgresOptions(database, o => o.Watch = false));

        for (var round = 0; round < 10; round++)
        {
            var dossier = await new Driver(a, workspace).StepAsync((await a.SubmitAsync("1.001978", new Submission())).Dossier!);
            var bookmark = dossier.Instance.Bookmarks[0];
            var act = new BookmarkResumed(bookmark.Id, bookmark.AllowedOutcomes.FirstOrDefault());

            var results = await Task.WhenAll(
                Task.Run(() => a.ActAsync(dossier.Instance.DossierId, act, dossier.Revision)),
                Task.Run(() => b.ActAsync(dossier.Instance.DossierId, act, dossier.Revision)));

            Assert.Equal([EngineStatus.Done, EngineStatus.Conflict], results.Select(r => r.Status).Order());
            var winner = results.Single(r => r.Succeeded).Dossier!;
            var stored = (await b.ReadAsync(dossier.Instance.DossierId))!;
            Assert.Equal(winner.Revision, stored.Revision);
            Assert.Equal(winner.Instance.Journal, stored.Instance.Journal);
            Assert.Single(stored.Instance.Journal, e => e.ActivityId == bookmark.ActivityId && e.Event == JournalEvent.StepCompleted);
        }
    }

    [SkippableFact]
    public async Task A_node_whose_copy_of_a_dossier_another_node_moved_on_acts_on_the_stored_dossier()
    {
        Skip.IfNot(server.Available, server.Unavailable);
        var database = await server.NewDatabaseAsync();
        await using var a = new ProcedureEngine(workspace.PostgresOptions(database, o => o.Watch = false));
        await using var b = new ProcedureEngine(workspace.PostgresOptions(database, o => o.Watch = false));
        // Node A wrote the dossier last and keeps its copy; node B takes the next step.
        var onA = await new Driver(a, workspace).StepAsync((await a.SubmitAsync("1.001978", new Submission())).Dossier!);
        var onB = await new Driver(b, workspace).StepAsync((await b.ReadAsync(onA.Instance.DossierId))!);

        // A's copy is one step behind, where B's step does not exist yet: an action that names no revision is taken on
        // the stored dossier ...
        var acted = await a.ActAsync(onA.Instance.DossierId, Next(onB));
        Assert.Equal((EngineStatus.Done, onB.Revision + 1), (acted.Status, acted.Dossier!.Revision));
        Assert.Equal(acted.Dossier.Instance.Journal, (await b.ReadAsync(onA.Instance.DossierId))!.Instance.Journal);
        // ... and one that names the revision A saw before is a conflict showing where the dossier is.
        var stale = await a.ActAsync(onA.Instance.DossierId, Next(onA), onA.Revision);
        Assert.Equal((EngineStatus.Conflict, acted.Dossier.Revision), (stale.Status, stale.Dossier!.Revision));
    }

    static BookmarkResumed Next(StoredDossier dossier) =>
        new(dossier.Instance.Bookmarks[0].Id, dossier.Instance.Bookmarks[0].AllowedOutcomes.FirstOrDefault());

    [SkippableFact]
    public async Task Two_nodes_number_the_dossiers_they_receive_from_one_daily_sequence()
    {
        Skip.IfNot(server.Available, server.Unavailable);
        var database = await server.NewDatabaseAsync();
        await using var a = new ProcedureEngine(workspace.PostgresOptions(database, o => o.Watch = false));
        await using var b = new ProcedureEngine(workspace.PostgresOptions(database, o => o.Watch = false));

        var submissions = await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            Task.Run(() => (i % 2 == 0 ? a : b).SubmitAsync("1.001978", new Submission()))));
        Assert.All(submissions, s => Assert.True(s.Succeeded, s.Refusal?.ToString()));
        Assert.All(submissions, s => Assert.Null(s.Dossier!.Instance.DossierNumber));

        // Both nodes at the receipt at once; every third dossier gets guidance and no number.
        workspace.Later(TimeSpan.FromHours(1));
        var receipts = await Task.WhenAll(submissions.Select((s, i) => Task.Run(() => (i % 2 == 0 ? b : a).ActAsync(s.Dossier!.Instance.DossierId,
            new OfficerDecision("tiep-nhan", i % 3 == 0 ? "Incomplete" : "Received"), s.Dossier.Revision))));

        Assert.All(receipts, r => Assert.True(r.Succeeded, r.Refusal?.ToString()));
        Assert.Equal(Enumerable.Range(1, 40).Select(n => $"-260302-{n:D4}"),
            receipts.Select(r => r.Dossier!.Instance.DossierNumber).OfType<string>().Select(n => n[^12..]).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task A_posting_period_ends_once_with_two_scheduler_nodes_and_both_firing_at_once()
    {
        Skip.IfNot(server.Available, server.Unavailable);
        var database = await server.NewDatabaseAsync();
        await using var first = await EngineNode.StartAsync(workspace.Postgres(database, o => o.Watch = false));
        await using var second = await EngineNode.StartAsync(workspace.Postgres(database, o => o.Watch = false));
        var driver = new Driver(first.Engine, workspace);
        var posted = new List<StoredDossier>();
        for (var i = 0; i < 5; i++)
        {
            var dossier = (await first.Engine.SubmitAsync("1.001776", new Submission())).Dossier!;
            while (!dossier.Instance.Bookmarks.Any(b => b.Kind == BookmarkKind.Timer))
                dossier = await driver.StepAsync(dossier);
            posted.Add(dossier);
        }

        var due = posted.Max(d => d.Instance.Bookmarks.Single(b => b.Kind == BookmarkKind.Timer).DueAt!.Value);
        workspace.Clock.Set(VietnamTime.ToInstant(due).ToDateTimeOffset().AddMinutes(1));
        // Both schedulers poll; both engines are also asked directly, at the same moment, several times.
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).Engine.FireDueTimersAsync())));

        foreach (var dossier in posted)
        {
            var stored = (await second.Engine.ReadAsync(dossier.Instance.DossierId))!;
            Assert.DoesNotContain(stored.Instance.Bookmarks, b => b.Kind == BookmarkKind.Timer);
            Assert.Single(stored.Instance.Journal, e => e.ActivityId == "niem-yet" && e.Event == JournalEvent.StepCompleted);
            Assert.Equal(dossier.Revision + 1, stored.Revision);
        }
    }

    [SkippableFact]
    public async Task A_dossier_started_on_one_node_is_finished_on_another_after_the_first_stops()
    {
        Skip.IfNot(server.Available, server.Unavailable);
        var database = await server.NewDatabaseAsync();
        StoredDossier started;
        await using (var first = new ProcedureEngine(workspace.PostgresOptions(database, o => o.Watch = false)))
            started = await new Driver(first, workspace).StepAsync((await first.SubmitAsync("1.001776", new Submission())).Dossier!);

        await using var second = new ProcedureEngine(workspace.PostgresOptions(database, o => o.Watch = false));
        var finished = await new Driver(second, workspace).FinishAsync((await second.ReadAsync(started.Instance.DossierId))!);

        Assert.Equal(started.Instance.Journal, finished.Instance.Journal.Take(started.Instance.Journal.Count));
        Assert.All(second.Library.Codes, code => Assert.Single(second.Library.Versions(code)));
    }

    public void Dispose() => workspace.Dispose();
}
