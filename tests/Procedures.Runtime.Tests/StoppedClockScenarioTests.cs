using NodaTime;
using Procedures.Calendar;
using Procedures.Runtime.Effects;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Runtime.Tests.Support;
using Procedures.Testing;
using Procedures.Workflows.Activities;

namespace Procedures.Runtime.Tests;

/// <summary>
/// An await on the fake clock (tests/Fixtures/time/await.proc, disability determination): the agency's clock stops while
/// the medical assessment council examines, the appointment is suspended and then moved by the working days spent
/// waiting, the certificate is due five working days from the council's conclusion, and an outcome has its own limit.
/// </summary>
public sealed class StoppedClockScenarioTests
{
    private static readonly LocalDateTime Monday = Harness.Monday; // 2025-07-14 07:00
    private const string Council = "Hội đồng giám định y khoa tỉnh";

    private static Harness Received()
    {
        var h = new Harness(TimeProcedures.Compile(Fixtures.Await));
        h.Start();
        h.At(Monday.PlusHours(2)).Officer("tiep-nhan", Ports.Received);
        return h;
    }

    [Fact]
    public void The_clock_stops_while_the_council_examines_and_the_appointment_moves_by_the_working_days_it_took()
    {
        var h = Received();
        var appointment = new LocalDateTime(2025, 8, 11, 11, 30); // 20 working days from Monday afternoon
        Assert.Equal(appointment, h.Instance.DueAt);

        var sentOut = new LocalDateTime(2025, 7, 16, 10, 0); // Wednesday
        h.At(sentOut).Officer("kiem-tra", "du");
        Assert.Equal(DossierStatus.ClockStopped, h.Instance.Status);
        Assert.Null(h.Instance.DueAt); // suspended: no appointment can fall due while the council examines
        var stop = Assert.Single(h.Instance.ClockStops);
        Assert.Equal((sentOut, "giam-dinh", Council, (LocalDateTime?)appointment, (LocalDateTime?)null), (stop.StoppedAt, stop.ActivityId, stop.Awaited, stop.SuspendedDueAt, stop.ResumedAt));
        var waiting = Assert.Single(h.Instance.ActiveSteps);
        Assert.Equal("Chủ tịch Ủy ban nhân dân cấp xã", waiting.Unit); // the unit that sent the dossier out records the answer
        Assert.Equal(Council, waiting.Bookmarks.Single().Agency);
        Assert.Equal(new LocalDateTime(2025, 9, 16, 17, 0), waiting.DueAt); // the council's own 2 months
        var stopped = h.Last(JournalEvent.ClockStopped);
        Assert.Equal(("Tạm dừng tính thời hạn", Council, "chờ Hội đồng giám định y khoa tỉnh; hẹn trả kết quả 2025-08-11 11:30 tạm dừng, tính lại khi có kết quả"),
            (stopped.Step, stopped.Unit, stopped.Note));

        // The old appointment passes while the council examines: the dossier is not overdue, and it is not warned about.
        var answered = new LocalDateTime(2025, 8, 13, 10, 0); // four weeks later: 20 working days
        h.At(answered.PlusDays(-1));
        Assert.DoesNotContain(h.Runtime.Warnings(h.Instance), w => w.ActivityId is null);

        h.At(answered).Officer("giam-dinh", "co-ket-luan");
        var moved = new LocalDateTime(2025, 9, 8, 11, 30);
        Assert.Equal(moved, h.Instance.DueAt);
        Assert.Equal(h.Calendar.PlusSessions(appointment, 40), moved);
        var resumed = h.Last(JournalEvent.ClockResumed);
        Assert.Equal(("Tiếp tục tính thời hạn", (LocalDateTime?)moved, "thời gian chờ 20 ngày làm việc không tính vào thời hạn; hẹn trả kết quả 2025-09-08 11:30"),
            (resumed.Step, resumed.Appointment, resumed.Note));
        var councilRow = h.Last(JournalEvent.StepCompleted, "giam-dinh");
        Assert.Equal((Council, Punctuality.OnTime), (councilRow.Unit, councilRow.Punctuality));
        Assert.Equal(40, h.Instance.ClockStops.Single().Sessions);

        // Circular 01/2019 Art. 6(2): the certificate is due 5 working days after the council's conclusion came.
        var certificate = Assert.Single(h.Instance.ActiveSteps);
        Assert.Equal("cap-giay", certificate.ActivityId);
        Assert.Equal(h.Calendar.Add(answered, TimeLimit.WorkingDays(5)), certificate.DueAt);
        Assert.Equal(DossierStatus.InProgress, h.Instance.Status);

        h.At(answered.PlusDays(2)).Officer("cap-giay", Ports.Done);
        Assert.True(h.Instance.IsFinished);
        Assert.Equal(DossierStatus.Returned, h.Instance.Status);
        Assert.Equal(Punctuality.OnTime, h.Last(JournalEvent.ResultReturned).Punctuality);
        Assert.Equal(moved, h.Last(JournalEvent.ResultReturned).DueAt);
    }

    [Fact]
    public void While_stopped_the_appointment_s_timers_are_cancelled_and_on_resume_the_moved_ones_are_scheduled()
    {
        var h = Received();
        var appointmentTimers = h.Result.Effects.OfType<TimerScheduled>().Where(t => t.BookmarkId is null).Select(t => t.TimerId).ToList();
        Assert.Equal(2, appointmentTimers.Count);

        h.At(new LocalDateTime(2025, 7, 16, 10, 0)).Officer("kiem-tra", "du");
        Assert.Equal(appointmentTimers, h.Result.Effects.OfType<TimerCancelled>().Select(t => t.TimerId).Where(appointmentTimers.Contains));
        var council = h.Result.Effects.OfType<TimerScheduled>().Where(t => t.BookmarkId is not null).ToList();
        Assert.Equal([TimerPurpose.Warning, TimerPurpose.Overdue], council.Select(t => t.Purpose));
        Assert.DoesNotContain(h.Result.Effects.OfType<TimerScheduled>(), t => t.BookmarkId is null);

        h.At(new LocalDateTime(2025, 8, 13, 10, 0)).Officer("giam-dinh", "co-ket-luan");
        var again = h.Result.Effects.OfType<TimerScheduled>().Where(t => t.BookmarkId is null).ToList();
        Assert.Equal([TimerPurpose.Warning, TimerPurpose.Overdue], again.Select(t => t.Purpose));
        Assert.Equal(VietnamTime.ToInstant(new LocalDateTime(2025, 9, 8, 11, 30)), again[1].DueAt);
    }

    [Fact]
    public void An_outcome_with_its_own_limit_has_a_bookmark_due_that_long_after_the_step_began_and_taken_later_it_is_late()
    {
        var h = Received();
        var check = Assert.Single(h.Instance.ActiveSteps);
        Assert.Equal(2, check.Bookmarks.Count);
        var incomplete = check.Bookmarks[1];
        Assert.Equal(["thieu"], incomplete.AllowedOutcomes);
        Assert.Equal(h.Calendar.Add(Monday.PlusHours(2), TimeLimit.WorkingDays(3)), incomplete.DueAt);
        Assert.Equal(new LocalDateTime(2025, 7, 17, 11, 30), incomplete.DueAt);
        Assert.Equal("thieu trong 3 ngày làm việc", incomplete.Prompt);
        Assert.EndsWith("/kiem-tra/OfficerDecision#thieu", incomplete.Id, StringComparison.Ordinal);

        h.At(new LocalDateTime(2025, 7, 18, 9, 0)).Do(new BookmarkResumed(incomplete.Id, "thieu", "thiếu giấy tờ y tế"));
        var asked = h.Last(JournalEvent.StepCompleted, "kiem-tra");
        Assert.Equal((LocalDateTime?)incomplete.DueAt, asked.DueAt);
        Assert.Equal(Punctuality.Late, asked.Punctuality);
        Assert.Equal(DossierStatus.AwaitingCompletion, h.Instance.Status);
    }

    [Fact]
    public void The_step_s_other_outcomes_are_due_with_the_step()
    {
        var h = Received();
        h.At(new LocalDateTime(2025, 7, 18, 9, 0)).Officer("kiem-tra", "du");
        var sentOut = h.Last(JournalEvent.StepCompleted, "kiem-tra");
        Assert.Equal(h.Calendar.Add(Monday.PlusHours(2), TimeLimit.WorkingDays(5)), sentOut.DueAt);
        Assert.Equal(Punctuality.OnTime, sentOut.Punctuality);
    }

    [Fact]
    public void An_answer_that_refuses_resumes_the_clock_and_ends_the_dossier_refused()
    {
        var h = Received();
        h.At(new LocalDateTime(2025, 7, 16, 10, 0)).Officer("kiem-tra", "du");
        h.At(new LocalDateTime(2025, 7, 30, 10, 0)).Officer("giam-dinh", "khong-ket-luan", "không đủ căn cứ");

        Assert.True(h.Instance.IsFinished);
        Assert.Equal(DossierOutcome.Refused, h.Instance.Outcome);
        Assert.NotNull(h.Instance.ClockStops.Single().ResumedAt);
        Assert.Equal(JournalEvent.ResultReturned, h.Instance.Journal[^1].Event);
    }
}
