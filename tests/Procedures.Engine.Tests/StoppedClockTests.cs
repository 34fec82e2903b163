using Procedures.Persistence;
using Procedures.Runtime;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Workflows.Activities;

namespace Procedures.Engine.Tests;

/// <summary>
/// An await through the durable engine (tests/Fixtures/time/await.proc): the stopped clock, the outcome's own due time
/// in the inbox, and the appointment's timers, all from the run effects the engine already persists and schedules.
/// </summary>
public sealed class StoppedClockTests : IDisposable
{
    private const string Chairman = "Chủ tịch Ủy ban nhân dân cấp xã";
    private const string Council = "Hội đồng giám định y khoa tỉnh";
    private readonly Workspace workspace = new();

    public StoppedClockTests()
    {
        var folder = Path.Combine(workspace.Folder, "time");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(Fixtures.TimeFolder, Fixtures.Await), Path.Combine(folder, "1.001699.proc"));
    }

    [Fact]
    public async Task A_dossier_waiting_on_the_council_is_not_overdue_and_its_appointment_moves_when_the_answer_comes()
    {
        await using var engine = new ProcedureEngine(workspace.SqliteOptions());
        var dossier = (await engine.SubmitAsync("1.001699", new Submission())).Dossier!;
        dossier = await Act(engine, dossier, new OfficerDecision("tiep-nhan", Ports.Received));

        // The check has the step's own due time and, beside it, the request to complete's own 3 working days.
        var inbox = await engine.InboxAsync(Chairman);
        Assert.Equal(2, inbox.Count);
        Assert.Equal(dossier.Instance.Bookmarks.Select(b => (b.Id, b.DueAt)).OrderBy(b => b.DueAt),
            inbox.Select(t => (t.BookmarkId, t.DueAt)).OrderBy(t => t.DueAt));
        var appointment = dossier.Instance.DueAt!.Value;

        dossier = await Act(engine, dossier, new OfficerDecision("kiem-tra", "du"));
        Assert.Null(dossier.Instance.DueAt);
        var waiting = Assert.Single(await engine.InboxAsync(Council));
        Assert.Equal(("giam-dinh", Chairman), (waiting.ActivityId, waiting.Unit));

        // The appointment passes while the council examines: no warning and no overdue mark for it.
        workspace.Clock.Set(VietnamTime.ToInstant(appointment).ToDateTimeOffset().AddDays(1));
        await engine.FireDueTimersAsync();
        Assert.DoesNotContain(await engine.WarningsAsync(), w => w.ActivityId is null);

        dossier = await Act(engine, dossier, new OfficerDecision("giam-dinh", "co-ket-luan"));
        var answered = dossier.Instance.Journal.Last(e => e.ActivityId == "giam-dinh" && e.Event == JournalEvent.StepCompleted).DoneAt;
        var stop = Assert.Single(dossier.Instance.ClockStops);
        var calendar = Calendar.Data.CalendarLoader.FromDirectory(Path.Combine(workspace.Folder, "calendar")).Calendar;
        Assert.Equal(calendar.PlusSessions(appointment, calendar.SessionsBetween(stop.StoppedAt, answered)), dossier.Instance.DueAt);
        Assert.Equal(stop.Sessions, calendar.SessionsBetween(stop.StoppedAt, answered));
        Assert.True(dossier.Instance.DueAt > answered);
        Assert.Empty(await engine.InboxAsync(Council));
    }

    private async Task<StoredDossier> Act(ProcedureEngine engine, StoredDossier dossier, Stimulus stimulus)
    {
        workspace.Later(TimeSpan.FromHours(1));
        var result = await engine.ActAsync(dossier.Instance.DossierId, stimulus, dossier.Revision);
        Assert.True(result.Succeeded, $"{result.Status} {result.Refusal}");
        return (await engine.ReadAsync(dossier.Instance.DossierId))!;
    }

    public void Dispose() => workspace.Dispose();
}
