using Microsoft.EntityFrameworkCore;
using Procedures.Runtime.Effects;
using Procedures.Runtime;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Workflows.Activities;

namespace Procedures.Persistence.Tests;

/// <summary>A dossier's instance, journal, bookmarks and timers stored in one transaction, read back after a restart.</summary>
public abstract class DossierStoreTests(TestDatabase database) : IAsyncLifetime
{
    protected TestDatabase Database => database;

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [SkippableFact]
    public async Task A_dossier_goes_through_the_procedure_reloaded_after_every_restart()
    {
        var first = new Host(database);
        var started = first.Start("HS-1");
        Assert.True((await first.Store.SaveStartAsync(started)).Saved);

        var steps = 0;
        while (true)
        {
            var host = new Host(database);
            host.Clock.Set(first.Clock.GetUtcNow().AddHours(++steps));
            var stored = await host.Store.LoadAsync("HS-1");
            Assert.NotNull(stored);
            Assert.Equal(stored.Instance.Revision, stored.Revision);
            if (stored.Instance.IsFinished) break;
            Assert.True(steps < 20, "the dossier should finish");

            var resumed = host.Next(stored.Instance);
            var outcome = await host.Store.SaveResumeAsync(stored.Instance, resumed);
            Assert.Equal(new SaveOutcome(SaveStatus.Saved, stored.Revision + 1), outcome);
            await AssertRowsMatch(resumed.Instance!);
        }

        var final = (await new Host(database).Store.LoadAsync("HS-1"))!.Instance;
        Assert.Equal(DossierStatus.Returned, final.Status);
        await using var db = database.Open();
        var row = await db.Dossiers.SingleAsync();
        Assert.Equal(InstanceJson.Serialize(final), row.InstanceJson);
        Assert.True(row.Finished);
        Assert.Equal(final.DossierNumber, row.DossierNumber);
        Assert.EndsWith("-260302-0001", row.DossierNumber);
        Assert.Equal(row.DossierNumber![..^12], row.ExecutingAgencyCode);
        Assert.Empty(db.Bookmarks);
        Assert.Empty(db.Timers);
    }

    [SkippableFact]
    public async Task Bookmark_and_timer_rows_follow_the_effects()
    {
        var host = new Host(database);
        var started = host.Start("HS-2");
        await host.Store.SaveStartAsync(started);

        var receipt = Assert.Single(started.Instance!.Bookmarks);
        await using (var db = database.Open())
        {
            Assert.Equal([receipt.Id], await db.Bookmarks.Select(b => b.BookmarkId).ToListAsync());
            Assert.Equal([receipt.Id + "#overdue", receipt.Id + "#warning"], await db.Timers.OrderBy(t => t.TimerId).Select(t => t.TimerId).ToListAsync());
        }

        host.Later();
        var received = host.Next(started.Instance);
        Assert.Contains(received.Effects, e => e is BookmarkRemoved r && r.BookmarkId == receipt.Id);
        Assert.Contains(received.Effects, e => e is TimerCancelled c && c.TimerId == receipt.Id + "#warning");
        await host.Store.SaveResumeAsync(started.Instance, received);

        await using (var db = database.Open())
        {
            Assert.DoesNotContain(await db.Bookmarks.ToListAsync(), b => b.BookmarkId == receipt.Id);
            Assert.DoesNotContain(await db.Timers.ToListAsync(), t => t.BookmarkId == receipt.Id);
            // The appointment's own timers belong to the dossier, not to a step.
            Assert.Equal(2, await db.Timers.CountAsync(t => t.BookmarkId == null));
        }
        await AssertRowsMatch(received.Instance!);
    }

    [SkippableFact]
    public async Task Of_two_writers_from_the_same_revision_exactly_one_wins_and_nothing_of_the_other_is_stored()
    {
        var host = new Host(database);
        await host.Store.SaveStartAsync(host.Start("HS-3"));
        var before = (await host.Store.LoadAsync("HS-3"))!.Instance;
        host.Later();
        var a = host.Next(before, "writer A");
        var b = host.Next(before, "writer B");

        var outcomes = await Task.WhenAll(
            Task.Run(() => new Host(database).Store.SaveResumeAsync(before, a)),
            Task.Run(() => new Host(database).Store.SaveResumeAsync(before, b)));

        Assert.Single(outcomes, o => o.Status == SaveStatus.Saved);
        var lost = Assert.Single(outcomes, o => o.Status == SaveStatus.Conflict);
        Assert.Equal(before.Revision + 1, lost.Revision);
        var winner = outcomes[0].Saved ? a : b;
        var stored = (await host.Store.LoadAsync("HS-3"))!;
        Assert.Equal(InstanceJson.Serialize(winner.Instance!), InstanceJson.Serialize(stored.Instance));
        await AssertRowsMatch(stored.Instance);
    }

    [SkippableFact]
    public async Task Writers_sharing_one_store_at_once_are_all_answered_and_a_conflict_in_their_group_costs_only_itself()
    {
        var host = new Host(database);
        var ids = Enumerable.Range(1, 24).Select(i => $"HS-G{i}").ToList();
        foreach (var id in ids) await host.Store.SaveStartAsync(host.Start(id));
        var befores = new List<WorkflowInstance>();
        foreach (var id in ids) befores.Add((await host.Store.LoadAsync(id))!.Instance);
        host.Later();
        var runs = befores.Select(b => (Before: b, A: host.Next(b, "writer A"), B: host.Next(b, "writer B"))).ToList();

        // Both writers of every dossier at once through the same store: the groups mix dossiers and rivals.
        var saving = runs.SelectMany(r => new[] { (r.Before, Run: r.A), (r.Before, Run: r.B) })
            .Select(w => Task.Run(() => host.Store.SaveResumeAsync(w.Before, w.Run)))
            .ToList();
        var outcomes = await Task.WhenAll(saving).WaitAsync(TimeSpan.FromMinutes(2));

        for (var i = 0; i < runs.Count; i++)
        {
            var (a, b) = (outcomes[2 * i], outcomes[2 * i + 1]);
            Assert.Equal([SaveStatus.Saved, SaveStatus.Conflict], new[] { a.Status, b.Status }.Order());
            var stored = (await host.Store.LoadAsync(ids[i]))!;
            Assert.Equal(InstanceJson.Serialize((a.Saved ? runs[i].A : runs[i].B).Instance!), InstanceJson.Serialize(stored.Instance));
            await AssertRowsMatch(stored.Instance);
        }
    }

    [SkippableFact]
    public async Task A_stale_writer_gets_a_conflict_with_the_current_revision()
    {
        var host = new Host(database);
        await host.Store.SaveStartAsync(host.Start("HS-4"));
        var before = (await host.Store.LoadAsync("HS-4"))!.Instance;
        var received = host.Next(before);
        Assert.True((await host.Store.SaveResumeAsync(before, received)).Saved);
        var appraised = host.Next(received.Instance!);
        Assert.True((await host.Store.SaveResumeAsync(received.Instance!, appraised)).Saved);

        var stale = await host.Store.SaveResumeAsync(before, host.Next(before, "too late"));

        Assert.Equal(SaveStatus.Conflict, stale.Status);
        Assert.Equal(3, stale.Revision);
        await AssertRowsMatch(appraised.Instance!);
    }

    [SkippableFact]
    public async Task A_second_start_of_the_same_dossier_is_a_conflict_and_a_refused_run_is_not_saved()
    {
        var host = new Host(database);
        var started = host.Start("HS-5");
        Assert.True((await host.Store.SaveStartAsync(started)).Saved);

        Assert.Equal(SaveStatus.Conflict, (await host.Store.SaveStartAsync(started)).Status);
        // Numbered at submission although the procedure numbers at the receipt: refused (PRC5123).
        var refused = host.Runtime.Start(host.Definition, new Runtime.StartRequest("HS-6", "000.19.30.H00-260302-0009"));
        Assert.Equal(SaveStatus.NotSaved, (await host.Store.SaveStartAsync(refused)).Status);
        Assert.Null(await host.Store.LoadAsync("HS-6"));
        await AssertRowsMatch(started.Instance!);
    }

    [SkippableFact]
    public async Task A_restart_opens_the_same_database_applies_no_migration_and_finds_the_dossier()
    {
        var host = new Host(database);
        await host.Store.SaveStartAsync(host.Start("HS-7"));

        var reopened = await database.OpenAsync();

        await using var db = new EngineDb(reopened);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.NotNull(await new DossierStore(reopened, TestProcedures.Calendar).LoadAsync("HS-7"));
    }

    [SkippableFact]
    public async Task A_receipt_takes_its_number_in_its_own_transaction_and_gives_back_one_it_does_not_use()
    {
        var host = new Host(database);
        foreach (var id in new[] { "HS-R1", "HS-R2" }) await host.Store.SaveStartAsync(host.Start(id));
        host.Later();
        var first = (await host.Store.LoadAsync("HS-R1"))!.Instance;
        var second = (await host.Store.LoadAsync("HS-R2"))!.Instance;
        Assert.Null(first.DossierNumber);

        // Guidance at receipt: saved, no number, the counter as it was.
        var (guided, guidance) = await host.Store.SaveReceiptAsync(first, host.Numbering, n => Decide(host, first, Ports.Incomplete, n));
        Assert.True(guided.Saved);
        Assert.Null(guidance!.Instance!.DossierNumber);
        Assert.Equal(0, await LastNumberAsync());

        // A refused run is not saved and takes nothing.
        var (refused, refusal) = await host.Store.SaveReceiptAsync(second, host.Numbering, n => Decide(host, second, "approve", n));
        Assert.Equal(SaveStatus.NotSaved, refused.Status);
        Assert.False(refusal!.Accepted);
        Assert.Equal(0, await LastNumberAsync());

        // Received: the number of the receipt day, in the dossier, its row and its journal.
        var (saved, receipt) = await host.Store.SaveReceiptAsync(second, host.Numbering, n => Decide(host, second, Ports.Received, n));
        Assert.True(saved.Saved);
        Assert.Equal("000.19.30.H00-260302-0001", receipt!.Instance!.DossierNumber);
        Assert.Equal(1, await LastNumberAsync());
        await AssertRowsMatch(receipt.Instance);
        await using (var db = database.Open())
            Assert.Equal("000.19.30.H00-260302-0001", (await db.Dossiers.SingleAsync(d => d.DossierId == "HS-R2")).DossierNumber);

        // A receipt from a revision that moved on is a conflict and gives its number back.
        var (stale, _) = await host.Store.SaveReceiptAsync(second, host.Numbering, n => Decide(host, second, Ports.Received, n));
        Assert.Equal(SaveStatus.Conflict, stale.Status);
        Assert.Equal(1, await LastNumberAsync());
    }

    [SkippableFact]
    public async Task Receipts_through_several_stores_at_once_number_without_a_gap_or_a_duplicate()
    {
        var host = new Host(database);
        var ids = Enumerable.Range(1, 30).Select(i => $"HS-N{i}").ToList();
        foreach (var id in ids) await host.Store.SaveStartAsync(host.Start(id));
        var befores = new List<WorkflowInstance>();
        foreach (var id in ids) befores.Add((await host.Store.LoadAsync(id))!.Instance);
        host.Later();
        // Three stores, as three nodes: every third dossier gets guidance (no number), the others are received.
        var nodes = Enumerable.Range(0, 3).Select(_ => new Host(database)).ToList();
        var outcomes = await Task.WhenAll(befores.Select((before, i) => Task.Run(() => nodes[i % 3].Store.SaveReceiptAsync(before, host.Numbering,
            n => Decide(host, before, i % 3 == 0 ? Ports.Incomplete : Ports.Received, n))))).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.All(outcomes, o => Assert.True(o.Outcome.Saved, o.Outcome.Message));
        var numbers = outcomes.Select(o => o.Run!.Instance!.DossierNumber).OfType<string>().Select(n => int.Parse(n[^4..], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, 20), numbers.Order());
        Assert.Equal(20, await LastNumberAsync());
        foreach (var nodeHost in nodes) await nodeHost.Store.DisposeAsync();
    }

    [SkippableFact]
    public async Task While_the_dossier_is_with_the_applicant_its_row_has_no_running_appointment_and_gets_the_moved_one_back()
    {
        var host = new Host(database);
        await host.Store.SaveStartAsync(host.Start("HS-P"));
        var submitted = (await host.Store.LoadAsync("HS-P"))!.Instance;
        var (_, received) = await host.Store.SaveReceiptAsync(submitted, host.Numbering, n => Decide(host, submitted, Ports.Received, n));
        var appointment = received!.Instance!.DueAt!.Value;
        host.Later(2);
        var asked = Decide(host, received.Instance, "insufficient", null);
        Assert.True((await host.Store.SaveResumeAsync(received.Instance, asked)).Saved);
        await using (var db = database.Open())
        {
            var row = await db.Dossiers.SingleAsync(d => d.DossierId == "HS-P");
            Assert.Equal(("AwaitingCompletion", null, null), (row.Status, row.DueAt, row.WarnAt));
        }
        await AssertRowsMatch(asked.Instance!);

        host.Later(24);
        var completed = host.Runtime.Resume(host.Definition, asked.Instance!, new ApplicantCompletion());
        Assert.True((await host.Store.SaveResumeAsync(asked.Instance!, completed)).Saved);
        await using (var db = database.Open())
            Assert.True((await db.Dossiers.SingleAsync(d => d.DossierId == "HS-P")).DueAt > appointment);
        await AssertRowsMatch(completed.Instance!);
    }

    private static RunResult Decide(Host host, WorkflowInstance instance, string outcome, string? number) =>
        host.Runtime.Resume(host.Definition, instance, new OfficerDecision(instance.Bookmarks[0].ActivityId, outcome), number);

    private async Task<int> LastNumberAsync()
    {
        await using var db = database.Open();
        return await db.DossierNumbers.Where(n => n.AgencyCode == "000.19.30.H00").Select(n => (int?)n.Last).SingleOrDefaultAsync() ?? 0;
    }

    /// <summary>The journal, bookmark and timer rows are exactly what the stored instance says.</summary>
    protected async Task AssertRowsMatch(WorkflowInstance instance)
    {
        await using var db = database.Open();
        var id = instance.DossierId;
        var row = await db.Dossiers.SingleAsync(d => d.DossierId == id);
        Assert.Equal(instance.Revision, row.Revision);
        Assert.Equal(instance.Status.ToString(), row.Status);
        // While the clock stands (the dossier is with the applicant) the row has no running appointment.
        Assert.Equal(instance.ClockStopped ? null : instance.DueAt, row.DueAt);
        Assert.Equal(
            instance.Journal.Select(e => (e.Sequence, e.Event.ToString(), e.ActivityId, e.Outcome, e.Note, e.DoneAt)),
            (await db.Journal.Where(j => j.DossierId == id).OrderBy(j => j.Sequence).ToListAsync())
                .Select(j => (j.Sequence, j.Event, j.ActivityId, j.Outcome, j.Note, j.DoneAt)));
        Assert.Equal(
            instance.Bookmarks.Select(b => (b.Id, b.ActivityId, b.Kind.ToString(), b.Agency, b.DueAt, b.WarnAt)).Order(),
            (await db.Bookmarks.Where(b => b.DossierId == id).ToListAsync()).Select(b => (b.BookmarkId, b.ActivityId, b.Kind, b.Agency, b.DueAt, b.WarnAt)).Order());
        Assert.Equal(
            EffectsOf.Timers(instance, TestProcedures.Calendar).Select(t => (t.TimerId, t.BookmarkId, t.DueAt, t.Purpose.ToString())).Order(),
            (await db.Timers.Where(t => t.DossierId == id).ToListAsync()).Select(t => (t.TimerId, t.BookmarkId, t.DueAt, t.Purpose)).Order());
    }
}

public sealed class DossierStoreOnSqlite() : DossierStoreTests(new SqliteTestDatabase());
