using NodaTime;
using Procedures.Calendar;
using Procedures.Runtime.State;
using Procedures.Runtime.Tests.Support;
using Procedures.Testing;
using Procedures.Workflows.Activities;

namespace Procedures.Runtime.Tests;

/// <summary>
/// Phases and anchored deadlines on the fake clock: support in two instalments (tests/Fixtures/time/phased.proc), each
/// phase with its own appointment and the first decision handed out mid-way; a deadline counted from an await
/// (anchored.proc), whose appointment is set only when the await ends.
/// </summary>
public sealed class PhaseScenarioTests
{
    private static readonly LocalDateTime Monday = Harness.Monday; // 2025-07-14 07:00

    [Fact]
    public void Each_phase_has_its_own_appointment_and_the_first_result_is_handed_out_while_the_dossier_goes_on()
    {
        var h = new Harness(TimeProcedures.Compile(Fixtures.Phased));
        h.Start();
        h.At(Monday.PlusHours(2)).Officer("tiep-nhan", Ports.Received);
        Assert.Equal("dot-1", h.Instance.Phase);
        var first = h.Calendar.Add(Monday.PlusHours(2), TimeLimit.WorkingDays(10));
        Assert.Equal(first, h.Instance.DueAt);

        h.At(Monday.PlusDays(2)).Officer("tham-dinh", "sufficient");
        var decidedAt = Monday.PlusDays(3).PlusHours(3); // Thursday 10:00
        h.At(decidedAt).Officer("quyet-dinh-1", Ports.Done);

        var handedOut = h.Last(JournalEvent.PhaseResultReturned, "tra-dot-1");
        Assert.Equal(("trả kết quả giai đoạn \"Hỗ trợ đợt 1\": Quyết định hỗ trợ đợt 1", DossierStatus.InProgress, Punctuality.OnTime, (LocalDateTime?)first),
            (handedOut.Note, handedOut.Status, handedOut.Punctuality, handedOut.DueAt));
        Assert.False(h.Instance.IsFinished);
        Assert.Equal(DossierOutcome.Pending, h.Instance.Outcome);

        var second = h.Calendar.Add(decidedAt, TimeLimit.WorkingDays(15));
        var started = h.Last(JournalEvent.PhaseStarted, "danh-sach");
        Assert.Equal(("Hỗ trợ đợt 2", (LocalDateTime?)second), (started.Step, started.Appointment));
        Assert.Equal("dot-2", h.Instance.Phase);

        // Phase 2 opens with a waiting list: the clock stops at once and the phase's appointment is suspended.
        Assert.Equal(DossierStatus.ClockStopped, h.Instance.Status);
        Assert.Null(h.Instance.DueAt);
        Assert.Null(Assert.Single(h.Instance.ActiveSteps).DueAt); // an indefinite wait: no limit, no timer
        Assert.DoesNotContain(h.Result.Effects.OfType<Effects.TimerScheduled>(), t => t.TimerId.Contains("danh-sach", StringComparison.Ordinal));

        var turn = decidedAt.PlusDays(14); // two weeks on the waiting list: 10 working days
        h.At(turn).Officer("danh-sach", Ports.Done);
        Assert.Equal(h.Calendar.PlusSessions(second, 20), h.Instance.DueAt);
        var decision = Assert.Single(h.Instance.ActiveSteps);
        Assert.Equal(h.Calendar.Add(turn, TimeLimit.WorkingDays(5)), decision.DueAt); // 5 working days from the turn

        h.At(turn.PlusDays(1)).Officer("quyet-dinh-2", Ports.Done);
        Assert.True(h.Instance.IsFinished);
        Assert.Equal((DossierStatus.Returned, DossierOutcome.Resolved), (h.Instance.Status, h.Instance.Outcome));
        Assert.Equal(
            [JournalEvent.Submitted, JournalEvent.StepCompleted, JournalEvent.StepCompleted, JournalEvent.StepCompleted, JournalEvent.PhaseResultReturned,
             JournalEvent.PhaseStarted, JournalEvent.ClockStopped, JournalEvent.StepCompleted, JournalEvent.ClockResumed, JournalEvent.StepCompleted,
             JournalEvent.ResultReturned],
            h.Instance.Journal.Select(e => e.Event));
    }

    [Fact]
    public void A_deadline_counted_from_an_await_gets_its_appointment_when_the_await_ends()
    {
        var h = new Harness(TimeProcedures.Compile(Fixtures.AnchoredDeadline));
        h.Start();
        h.At(Monday.PlusHours(2)).Officer("tiep-nhan", Ports.Received);
        Assert.Null(h.Instance.DueAt);
        Assert.Null(h.Instance.DeadlineStartedAt);
        var receipt = h.Last(JournalEvent.StepCompleted, "tiep-nhan");
        // Numbered at the receipt even though the appointment waits for the step it is counted from.
        Assert.Equal(("số hồ sơ 000.00.19.H00-250714-0001; thời hạn 15 ngày làm việc tính từ khi xong bước \"Xác minh của Bộ Chỉ huy quân sự tỉnh\"; hẹn trả kết quả khi đó", (LocalDateTime?)null),
            (receipt.Note, receipt.Appointment));

        var verified = new LocalDateTime(2025, 7, 31, 14, 0);
        h.At(verified).Officer("xac-minh", Ports.Done);
        var due = h.Calendar.Add(verified, TimeLimit.WorkingDays(15));
        Assert.Equal(new LocalDateTime(2025, 8, 21, 17, 0), due);
        Assert.Equal((due, verified), (h.Instance.DueAt!.Value, h.Instance.DeadlineStartedAt!.Value));
        var set = h.Last(JournalEvent.AppointmentSet, "xac-minh");
        Assert.Equal(("Hẹn trả kết quả", (LocalDateTime?)due,
            "thời hạn 15 ngày làm việc tính từ khi xong bước \"Xác minh của Bộ Chỉ huy quân sự tỉnh\": hẹn trả kết quả 2025-08-21 17:00"),
            (set.Step, set.Appointment, set.Note));
        Assert.Equal([JournalEvent.StepCompleted, JournalEvent.ClockResumed, JournalEvent.AppointmentSet],
            h.Instance.Journal.TakeLast(3).Select(e => e.Event));
    }
}
