using NodaTime;
using Procedures.Calendar;
using Procedures.Calendar.Data;
using Procedures.Runtime.Effects;
using Procedures.Runtime.Messages;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Runtime.Tests.Support;
using Procedures.Testing;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime.Tests;

/// <summary>
/// The one-stop rules as the runtime's default, on the fake clock with the real 2026 calendar (the fixtures' copy):
/// guidance at receipt once with no number and no deadline; a request to complete during processing once per agency; the
/// clock pausing while the dossier is with the applicant and resuming, moving the appointment by the office sessions
/// spent away (as the applicant's own steps do); the number dated the day the complete dossier is received. And a procedure citing its sector law's own rule.
/// </summary>
public sealed class OneStopRulesTests
{
    private static readonly IWorkingCalendar Calendar2026 = CalendarLoader.FromDirectory(Fixtures.CalendarFolder).Calendar;

    private const string Centre = "Trung tâm Dịch vụ việc làm tỉnh";

    private static Harness Received(LocalDateTime at, Workflows.WorkflowDefinition? definition = null)
    {
        var h = new Harness(definition ?? Sample.Unemployment(withConsultation: false), calendar: Calendar2026);
        h.At(at).Start();
        h.Officer("receive", Ports.Received);
        return h;
    }

    [Fact]
    public void A_completion_over_a_weekend_moves_the_appointment_by_the_one_working_day_spent_away()
    {
        // Received Monday 2 March 2026 at 09:00: 20 working days end Monday 30 March 11:30; the appraisal's 15 on 23 March.
        var h = Received(new LocalDateTime(2026, 3, 2, 9, 0));
        Assert.Equal(new LocalDateTime(2026, 3, 30, 11, 30), h.Instance.DueAt);
        Assert.Equal(new LocalDateTime(2026, 3, 23, 11, 30), h.Instance.ActiveSteps.Single().DueAt);

        // Asked Friday 6 March at 10:00, back Monday 9 March at 10:00: Friday afternoon and Monday morning, two sessions.
        h.At(new LocalDateTime(2026, 3, 6, 10, 0)).Officer("appraise", "incomplete", "thiếu sổ bảo hiểm xã hội");
        h.At(new LocalDateTime(2026, 3, 9, 10, 0)).Do(new ApplicantCompletion());

        Assert.Equal(new LocalDateTime(2026, 3, 31, 11, 30), h.Instance.DueAt);
        Assert.Equal(new LocalDateTime(2026, 3, 24, 11, 30), h.Instance.ActiveSteps.Single().DueAt);
        Assert.Equal(new LocalDateTime(2026, 3, 2, 9, 0), h.Instance.DeadlineStartedAt);
        Assert.Contains("thời hạn tiếp tục, không tính lại", h.Last(JournalEvent.DossierCompleted).Note);
        Assert.Equal("thời gian chờ 1 ngày làm việc không tính vào thời hạn; hẹn trả kết quả 2026-03-31 11:30", h.Last(JournalEvent.ClockResumed).Note);
        Assert.Equal(new LocalDateTime(2026, 3, 31, 11, 30), h.Last(JournalEvent.ClockResumed).Appointment);
    }

    [Fact]
    public void Handed_back_on_a_Saturday_counts_only_Friday_afternoon()
    {
        var h = Received(new LocalDateTime(2026, 3, 2, 9, 0));
        h.At(new LocalDateTime(2026, 3, 6, 10, 0)).Officer("appraise", "incomplete");
        h.At(new LocalDateTime(2026, 3, 7, 9, 0)).Do(new ApplicantCompletion()); // online, on Saturday

        // The session the request fell in is not counted, as a working-day limit does not count the session of the receipt:
        // Friday afternoon only, so Monday 30 March 11:30 moves one session, to 17:00 that day.
        Assert.Equal(new LocalDateTime(2026, 3, 30, 17, 0), h.Instance.DueAt);
        Assert.StartsWith("thời gian chờ 0.5 ngày làm việc không tính vào thời hạn", h.Last(JournalEvent.ClockResumed).Note);
    }

    [Fact]
    public void A_completion_over_Hung_Kings_day_and_the_May_holidays_counts_only_the_three_working_days_away()
    {
        // Received Monday 13 April 2026 at 09:00: Monday 27 April (Hùng Kings' day, observed), 30 April and 1 May are off,
        // so 20 working days end Thursday 14 May 11:30 and the appraisal's 15 on Thursday 7 May.
        var h = Received(new LocalDateTime(2026, 4, 13, 9, 0));
        Assert.Equal(new LocalDateTime(2026, 5, 14, 11, 30), h.Instance.DueAt);
        Assert.Equal(new LocalDateTime(2026, 5, 7, 11, 30), h.Instance.ActiveSteps.Single().DueAt);

        // Asked Friday 24 April at 10:00, back Monday 4 May at 10:00: working days away are 24 (rest), 28, 29 April and 4 May (morning).
        h.At(new LocalDateTime(2026, 4, 24, 10, 0)).Officer("appraise", "incomplete");
        h.At(new LocalDateTime(2026, 5, 4, 10, 0)).Do(new ApplicantCompletion());

        Assert.Equal(new LocalDateTime(2026, 5, 19, 11, 30), h.Instance.DueAt);
        Assert.Equal(new LocalDateTime(2026, 5, 12, 11, 30), h.Instance.ActiveSteps.Single().DueAt);
        // Restarting the 20 days from the completion, as the engine did before, would have given Monday 1 June.
        Assert.Equal(new LocalDateTime(2026, 6, 1, 11, 30), Calendar2026.Add(new LocalDateTime(2026, 5, 4, 10, 0), TimeLimit.WorkingDays(20)));
    }

    [Fact]
    public void Three_attempts_guidance_at_receipt_once_then_one_request_per_agency_during_processing()
    {
        var h = new Harness(Sample.Unemployment(withConsultation: false, decisionMayAsk: true), calendar: Calendar2026);
        h.At(new LocalDateTime(2026, 2, 27, 16, 0)).Start(); // Friday afternoon

        // 1. Guidance at receipt, Monday 2 March: no number, no appointment, no clock to stop.
        h.At(new LocalDateTime(2026, 3, 2, 8, 0)).Officer("receive", Ports.Incomplete, "thiếu quyết định thôi việc");
        Assert.Null(h.Instance.DossierNumber);
        Assert.Null(h.Instance.DueAt);
        Assert.Empty(h.Instance.ClockStops);
        h.At(new LocalDateTime(2026, 3, 3, 9, 0)).Do(new ApplicantCompletion());

        // A second guidance is refused: the officer receives the dossier or refuses it with the reasons.
        var again = h.At(new LocalDateTime(2026, 3, 3, 9, 30)).Refusal(new OfficerDecision("receive", Ports.Incomplete, "thiếu sổ"));
        Assert.Equal("PRC5121", again.Code);
        Assert.Equal("the dossier was already given guidance to complete it at receipt on 2026-03-02; guidance is given once, in full (Decree 61/2018/NĐ-CP Art. 15, 17): receive the dossier, or refuse it with the reasons",
            again.Message(MessageLanguage.English));
        Assert.Equal("hồ sơ đã được hướng dẫn bổ sung, hoàn thiện khi tiếp nhận ngày 2026-03-02; việc hướng dẫn chỉ thực hiện một lần, đầy đủ (Nghị định 61/2018/NĐ-CP Điều 15, 17): tiếp nhận hồ sơ, hoặc từ chối tiếp nhận và nêu rõ lý do",
            again.Message(MessageLanguage.Vietnamese));

        // Received Tuesday 3 March: the number carries that day, not the submission (27 Feb) nor the guidance (2 March).
        h.Officer("receive", Ports.Received);
        Assert.Equal("000.00.12.H26-260303-0001", h.Instance.DossierNumber);
        Assert.Equal(new LocalDateTime(2026, 3, 31, 11, 30), h.Instance.DueAt);

        // 2. The appraisal asks, Thursday 5 March; back Monday 9 March: two working days away.
        h.At(new LocalDateTime(2026, 3, 5, 10, 0)).Officer("appraise", "incomplete", "thiếu sổ bảo hiểm xã hội");
        h.At(new LocalDateTime(2026, 3, 9, 10, 0)).Do(new ApplicantCompletion());
        Assert.Equal(new LocalDateTime(2026, 4, 2, 11, 30), h.Instance.DueAt);

        // 3. The same agency asks again: refused, naming the earlier request's date; nothing changes.
        var second = h.At(new LocalDateTime(2026, 3, 10, 9, 0)).Refusal(new OfficerDecision("appraise", "incomplete", "thiếu hợp đồng"));
        Assert.Equal("PRC5120", second.Code);
        Assert.Equal($"{Centre} already asked for this dossier to be completed on 2026-03-05; during processing an agency asks once only (Decree 61/2018/NĐ-CP Art. 19 as amended by Decree 107/2021/NĐ-CP): decide on the dossier as it is",
            second.Message(MessageLanguage.English));
        Assert.Equal($"{Centre} đã yêu cầu bổ sung, hoàn thiện hồ sơ này ngày 2026-03-05; trong quá trình giải quyết mỗi cơ quan chỉ yêu cầu bổ sung một lần (Nghị định 61/2018/NĐ-CP Điều 19, sửa đổi bởi Nghị định 107/2021/NĐ-CP): giải quyết theo hồ sơ đã có",
            second.Message(MessageLanguage.Vietnamese));
        Assert.Equal(["appraise"], h.Waiting);

        // Another agency (the signing Sở Nội vụ) may ask once too, and only once.
        h.Officer("appraise", "ok");
        h.At(new LocalDateTime(2026, 3, 11, 9, 0)).Officer("decide", "incomplete", "thiếu chữ ký");
        Assert.Equal(DossierStatus.AwaitingCompletion, h.Instance.Status);
        h.At(new LocalDateTime(2026, 3, 12, 9, 0)).Do(new ApplicantCompletion());
        var third = h.Refusal(new OfficerDecision("decide", "incomplete"));
        Assert.Equal("PRC5120", third.Code);
        Assert.StartsWith("Sở Nội vụ already asked for this dossier to be completed on 2026-03-11;", third.Message(MessageLanguage.English));

        h.Officer("decide", "approve");
        Assert.Equal(DossierStatus.Returned, h.Instance.Status);
        Assert.Equal([true, false, false], h.Instance.CompletionRequests.Select(r => r.AtReceipt));
        Assert.Equal([null, Centre, "Sở Nội vụ"], h.Instance.CompletionRequests.Select(r => r.AtReceipt ? null : r.Agency));
    }

    [Fact]
    public void Guidance_at_receipt_sets_no_deadline_while_a_request_in_processing_stops_the_appointment_s_clock()
    {
        var h = new Harness(Sample.Unemployment(withConsultation: false), calendar: Calendar2026);
        h.At(new LocalDateTime(2026, 3, 2, 8, 0)).Start();
        h.Officer("receive", Ports.Incomplete);
        Assert.DoesNotContain(h.Result.Effects, e => e is TimerScheduled { BookmarkId: null });
        h.At(new LocalDateTime(2026, 3, 3, 9, 0)).Do(new ApplicantCompletion());
        h.Officer("receive", Ports.Received);
        var appointment = h.Instance.DueAt!.Value;
        var scheduled = h.Result.Effects.OfType<TimerScheduled>().Where(t => t.BookmarkId is null).Select(t => t.TimerId).ToList();
        Assert.Equal(2, scheduled.Count);

        h.At(new LocalDateTime(2026, 3, 5, 10, 0)).Officer("appraise", "incomplete");
        // The appointment is suspended, not lost: the stop keeps it.
        var stop = Assert.Single(h.Instance.ClockStops);
        Assert.Equal((new LocalDateTime(2026, 3, 5, 10, 0), appointment, "Người nộp hồ sơ"), (stop.StoppedAt, stop.SuspendedDueAt, stop.Awaited));
        Assert.True(h.Instance.ClockStopped);
        Assert.Null(h.Instance.DueAt);
        // The appointment's warning and overdue timers are cancelled while the dossier is with the applicant …
        Assert.Subset(h.Result.Effects.OfType<TimerCancelled>().Select(t => t.TimerId).ToHashSet(), scheduled.ToHashSet());
        Assert.DoesNotContain(h.Result.Effects, e => e is TimerScheduled);
        // … and the old appointment passing raises nothing.
        Assert.Empty(h.At(appointment.PlusDays(1)).Runtime.Warnings(h.Instance));

        h.At(appointment.PlusDays(2)).Do(new ApplicantCompletion());
        // Back Thursday 2 April 11:30, 20 working days after the request: 31 March 11:30 moves 20 working days, over Hùng
        // Kings' day (Monday 27 April, observed), to Wednesday 29 April 11:30.
        Assert.Equal(new LocalDateTime(2026, 4, 29, 11, 30), h.Instance.DueAt);
        var rescheduled = h.Result.Effects.OfType<TimerScheduled>().Where(t => t.BookmarkId is null).ToList();
        Assert.Equal([TimerPurpose.Warning, TimerPurpose.Overdue], rescheduled.Select(t => t.Purpose));
        Assert.Equal(VietnamTime.ToInstant(h.Instance.DueAt!.Value), rescheduled[1].DueAt);
    }

    [Fact]
    public void A_step_waiting_beside_the_request_moves_with_the_clock_and_its_timers_are_scheduled_again()
    {
        // Received Monday 2 March 09:00; the consultation runs beside the appraisal: social insurance within 3 working days
        // (Thursday 5 March 11:30), the police within 2 (Wednesday 4 March 11:30).
        var h = Received(new LocalDateTime(2026, 3, 2, 9, 0), Sample.Unemployment(consultBesideAppraisal: true));
        var before = h.Instance.ActiveSteps.Single(s => s.ActivityId == "consult").Bookmarks;
        Assert.Equal([new LocalDateTime(2026, 3, 5, 11, 30), new LocalDateTime(2026, 3, 4, 11, 30)], before.Select(b => b.DueAt!.Value));

        // With the applicant from Tuesday 3 March 10:00 to Thursday 5 March 10:00: four sessions, two working days.
        h.At(new LocalDateTime(2026, 3, 3, 10, 0)).Officer("appraise", "incomplete");
        h.At(new LocalDateTime(2026, 3, 5, 10, 0)).Do(new ApplicantCompletion());

        var after = h.Instance.ActiveSteps.Single(s => s.ActivityId == "consult").Bookmarks;
        Assert.Equal([new LocalDateTime(2026, 3, 9, 11, 30), new LocalDateTime(2026, 3, 6, 11, 30)], after.Select(b => b.DueAt!.Value));
        Assert.Equal(new LocalDateTime(2026, 4, 1, 11, 30), h.Instance.DueAt);
        // The old overdue timers go and new ones come at the moved times, through the run's effects.
        var cancelled = h.Result.Effects.OfType<TimerCancelled>().Select(t => t.TimerId).ToList();
        Assert.Subset(cancelled.ToHashSet(), before.Select(b => $"{b.Id}#overdue").ToHashSet());
        var overdue = h.Result.Effects.OfType<TimerScheduled>().Where(t => t.Purpose == TimerPurpose.Overdue && t.BookmarkId is not null
            && after.Any(b => b.Id == t.BookmarkId)).Select(t => t.DueAt);
        Assert.Equal(after.Select(b => VietnamTime.ToInstant(b.DueAt!.Value)), overdue);
    }

    [Fact]
    public void The_control_record_has_a_row_for_the_stop_after_the_request_and_for_the_resume_after_the_completion()
    {
        var h = Received(new LocalDateTime(2026, 3, 2, 9, 0));
        h.At(new LocalDateTime(2026, 3, 6, 10, 0)).Officer("appraise", "incomplete");
        h.At(new LocalDateTime(2026, 3, 9, 10, 0)).Do(new ApplicantCompletion());

        var rows = ControlSheet.Rows(h.Definition, h.Instance);
        Assert.Null(rows[0].Note); // submitted: not numbered yet
        Assert.Equal(new SheetNote.Appointment(new LocalDateTime(2026, 3, 30, 11, 30), "000.00.12.H26-260302-0001"), rows[1].Note);
        Assert.Equal(new SheetNote.CompletionRequestedInProcessing(null), rows[2].Note);
        Assert.Equal("appraise", rows[2].Entry.ActivityId);
        Assert.Equal(DossierStatus.AwaitingCompletion, rows[2].Entry.Status);
        Assert.Equal(JournalEvent.ClockStopped, rows[3].Entry.Event);
        Assert.Equal(new SheetNote.ClockStopped("Người nộp hồ sơ", new LocalDateTime(2026, 3, 30, 11, 30)), rows[3].Note);
        Assert.Equal(new LocalDateTime(2026, 3, 6, 10, 0), rows[3].Entry.DoneAt);
        Assert.True(rows[4].ByApplicant);
        Assert.Equal(new SheetNote.CompletedInProcessing(), rows[4].Note);
        Assert.Equal(JournalEvent.ClockResumed, rows[5].Entry.Event);
        Assert.Equal(new SheetNote.ClockResumed(1m, new LocalDateTime(2026, 3, 31, 11, 30)), rows[5].Note);
        Assert.Equal(new LocalDateTime(2026, 3, 9, 10, 0), rows[5].Entry.DoneAt);
    }

    [Fact]
    public void A_sector_law_that_restarts_the_deadline_counts_it_again_from_the_complete_dossier()
    {
        var law = new LegalCitation("Nghị định 28/2015/NĐ-CP", "17");
        var h = Received(new LocalDateTime(2026, 4, 13, 9, 0), Sample.Unemployment(withConsultation: false, completion: new CompletionRules(RestartsDeadline: law)));
        h.At(new LocalDateTime(2026, 4, 24, 10, 0)).Officer("appraise", "incomplete");
        h.At(new LocalDateTime(2026, 5, 4, 10, 0)).Do(new ApplicantCompletion());

        Assert.Equal(new LocalDateTime(2026, 6, 1, 11, 30), h.Instance.DueAt);
        Assert.Equal(new LocalDateTime(2026, 5, 4, 10, 0), h.Instance.DeadlineStartedAt);
        // The stop ends without a resume row: the appointment is set anew, not moved.
        Assert.False(h.Instance.ClockStopped);
        Assert.Equal(new LocalDateTime(2026, 5, 4, 10, 0), Assert.Single(h.Instance.ClockStops).ResumedAt);
        Assert.Contains("tính lại từ đầu theo Nghị định 28/2015/NĐ-CP Điều 17", h.Last(JournalEvent.DossierCompleted).Note);
        var rows = ControlSheet.Rows(h.Definition, h.Instance);
        Assert.Equal(new SheetNote.CompletionRequestedInProcessing(law), rows[2].Note);
        Assert.Equal(new SheetNote.ClockStopped("Người nộp hồ sơ", new LocalDateTime(2026, 5, 14, 11, 30)), rows[3].Note);
        Assert.Equal(new SheetNote.NewAppointment(new LocalDateTime(2026, 6, 1, 11, 30), TimeLimit.WorkingDays(20), new LocalDateTime(2026, 5, 14, 11, 30), law), rows[4].Note);
        Assert.DoesNotContain(h.Instance.Journal, e => e.Event == JournalEvent.ClockResumed);
    }

    [Fact]
    public void A_sector_law_that_allows_more_requests_lets_the_same_agency_ask_again_and_the_receipt_guide_again()
    {
        var definition = Sample.Unemployment(withConsultation: false, completion: new CompletionRules(MayRepeat: new LegalCitation("Luật Việc làm 2013")));
        var h = new Harness(definition, calendar: Calendar2026);
        h.At(new LocalDateTime(2026, 3, 2, 8, 0)).Start();
        h.Officer("receive", Ports.Incomplete);
        h.At(new LocalDateTime(2026, 3, 3, 9, 0)).Do(new ApplicantCompletion());
        h.Officer("receive", Ports.Incomplete);
        h.At(new LocalDateTime(2026, 3, 4, 9, 0)).Do(new ApplicantCompletion());
        h.Officer("receive", Ports.Received);
        Assert.Equal("000.00.12.H26-260304-0001", h.Instance.DossierNumber);

        h.At(new LocalDateTime(2026, 3, 5, 10, 0)).Officer("appraise", "incomplete");
        h.At(new LocalDateTime(2026, 3, 6, 10, 0)).Do(new ApplicantCompletion());
        h.At(new LocalDateTime(2026, 3, 9, 10, 0)).Officer("appraise", "incomplete");
        Assert.Equal(DossierStatus.AwaitingCompletion, h.Instance.Status);
        Assert.Equal(4, h.Instance.CompletionRequests.Count);
    }
}
