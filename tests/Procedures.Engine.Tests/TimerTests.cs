using Procedures.Persistence;
using Procedures.Runtime;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;

namespace Procedures.Engine.Tests;

/// <summary>Timers as the scheduler fires them: a posting that ends, warnings before a due time, missed and cancelled timers.</summary>
public sealed class TimerTests : IDisposable
{
    private readonly Workspace workspace = new();

    [Fact]
    public async Task The_scheduler_ends_a_public_posting_when_its_period_is_over()
    {
        await using var node = await EngineNode.StartAsync(workspace.Sqlite());
        var posted = await AtPosting(node.Engine);
        var posting = posted.Instance.Bookmarks.Single(b => b.Kind == BookmarkKind.Timer);

        workspace.Clock.Set(VietnamTime.ToInstant(posting.DueAt!.Value).ToDateTimeOffset().AddMinutes(1));
        var after = await Eventually(node.Engine, posted.Instance.DossierId, d => d.Revision > posted.Revision);

        Assert.DoesNotContain(after.Instance.Bookmarks, b => b.ActivityId == "niem-yet");
        Assert.Single(after.Instance.Journal, e => e.ActivityId == "niem-yet" && e.Event == JournalEvent.StepCompleted);
    }

    [Fact]
    public async Task A_timer_missed_while_no_engine_ran_fires_when_one_starts()
    {
        StoredDossier posted;
        await using (var offline = new ProcedureEngine(workspace.SqliteOptions()))
            posted = await AtPosting(offline);
        var posting = posted.Instance.Bookmarks.Single(b => b.Kind == BookmarkKind.Timer);
        workspace.Clock.Set(VietnamTime.ToInstant(posting.DueAt!.Value).ToDateTimeOffset().AddDays(3));

        await using var node = await EngineNode.StartAsync(workspace.Sqlite());
        var after = await Eventually(node.Engine, posted.Instance.DossierId, d => d.Revision > posted.Revision);

        Assert.DoesNotContain(after.Instance.Bookmarks, b => b.ActivityId == "niem-yet");
    }

    [Fact]
    public async Task A_step_one_working_day_from_its_due_time_is_a_warning_in_its_units_inbox_until_it_is_done()
    {
        await using var engine = new ProcedureEngine(workspace.SqliteOptions());
        var dossier = await new Driver(engine, workspace).StepAsync((await engine.SubmitAsync("1.001776", new Submission())).Dossier!);
        var review = dossier.Instance.Bookmarks.Single();
        Assert.Equal("xet-duyet", review.ActivityId);

        workspace.Clock.Set(VietnamTime.ToInstant(review.WarnAt!.Value).ToDateTimeOffset().AddMinutes(1));
        await engine.FireDueTimersAsync();

        var warning = Assert.Single(await engine.WarningsAsync("Hội đồng xét duyệt cấp xã"));
        Assert.Equal((dossier.Instance.DossierNumber, "Hội đồng xét duyệt họp, xét duyệt hồ sơ", review.DueAt!.Value, false),
            (warning.DossierNumber, warning.Step, warning.DueAt, warning.Overdue));
        var task = Assert.Single(await engine.InboxAsync("Hội đồng xét duyệt cấp xã"));
        Assert.Equal((review.Id, true, false), (task.BookmarkId, task.DueSoon, task.Late));

        await new Driver(engine, workspace).StepAsync(dossier);
        Assert.Empty(await engine.WarningsAsync("Hội đồng xét duyệt cấp xã"));
        Assert.Empty(await engine.InboxAsync("Hội đồng xét duyệt cấp xã"));
    }

    [Fact]
    public async Task A_step_past_its_due_time_is_marked_overdue_and_listed_first()
    {
        await using var engine = new ProcedureEngine(workspace.SqliteOptions());
        var driver = new Driver(engine, workspace);
        var late = await driver.StepAsync((await engine.SubmitAsync("1.001776", new Submission())).Dossier!);
        workspace.Later(TimeSpan.FromDays(1));
        var onTime = await driver.StepAsync((await engine.SubmitAsync("1.001776", new Submission())).Dossier!);

        workspace.Clock.Set(VietnamTime.ToInstant(late.Instance.Bookmarks.Single().DueAt!.Value).ToDateTimeOffset().AddMinutes(1));
        await engine.FireDueTimersAsync();

        var inbox = await engine.InboxAsync("Hội đồng xét duyệt cấp xã");
        Assert.Equal([late.Instance.DossierNumber, onTime.Instance.DossierNumber], inbox.Select(t => t.DossierNumber));
        Assert.True(inbox[0].Late);
        Assert.Contains(await engine.WarningsAsync(), w => w.DossierNumber == late.Instance.DossierNumber && w.Overdue);
    }

    [Fact]
    public async Task A_timer_cancelled_by_a_transition_never_fires()
    {
        await using var engine = new ProcedureEngine(workspace.SqliteOptions());
        var driver = new Driver(engine, workspace);
        var atReview = await driver.StepAsync((await engine.SubmitAsync("1.001776", new Submission())).Dossier!);
        var review = atReview.Instance.Bookmarks.Single();
        var posted = await driver.StepAsync(atReview);

        workspace.Clock.Set(VietnamTime.ToInstant(review.DueAt!.Value).ToDateTimeOffset().AddMinutes(1));
        await engine.FireDueTimersAsync();

        Assert.DoesNotContain(await engine.WarningsAsync(), w => w.ActivityId == "xet-duyet");
        Assert.True((await engine.ReadAsync(posted.Instance.DossierId))!.Revision >= posted.Revision);
    }

    /// <summary>A monthly social allowance dossier, submitted and moved to its public posting.</summary>
    async Task<StoredDossier> AtPosting(ProcedureEngine engine)
    {
        var driver = new Driver(engine, workspace);
        var dossier = (await engine.SubmitAsync("1.001776", new Submission())).Dossier!;
        while (!dossier.Instance.Bookmarks.Any(b => b.Kind == BookmarkKind.Timer))
            dossier = await driver.StepAsync(dossier);
        return dossier;
    }

    static async Task<StoredDossier> Eventually(ProcedureEngine engine, string dossierId, Func<StoredDossier, bool> condition)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(20); waited += TimeSpan.FromMilliseconds(100))
        {
            if (await engine.ReadAsync(dossierId) is { } dossier && condition(dossier)) return dossier;
            await Task.Delay(100);
        }
        Assert.Fail($"dossier {dossierId} did not change within 20 s");
        return null!;
    }

    public void Dispose() => workspace.Dispose();
}
