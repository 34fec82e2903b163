using NodaTime;
using Procedures.Calendar;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Runtime.Tests.Support;
using Procedures.Workflows.Activities;

namespace Procedures.Runtime.Tests;

public sealed class UnemploymentScenarioTests
{
    private static readonly LocalDateTime Monday = Harness.Monday;

    [Fact]
    public void Happy_path_numbers_the_dossier_keeps_the_control_record_and_returns_on_time()
    {
        var h = new Harness(Sample.Unemployment());
        var started = h.Start();
        Assert.Null(started.DossierNumber);
        Assert.Equal(DossierStatus.Submitted, started.Status);
        var receipt = Assert.Single(started.ActiveSteps);
        Assert.Equal("receive", receipt.ActivityId);
        Assert.Equal(new LocalDateTime(2025, 7, 14, 11, 30), receipt.DueAt);
        Assert.Equal([Ports.Received, Ports.Incomplete, Ports.Refused], receipt.Bookmarks.Single().AllowedOutcomes);

        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        Assert.Equal("000.00.12.H26-250714-0001", h.Instance.DossierNumber);
        Assert.Equal(h.Calendar.Add(Monday.PlusHours(2), TimeLimit.WorkingDays(20)), h.Instance.DueAt);
        Assert.Equal(new LocalDateTime(2025, 8, 11, 11, 30), h.Instance.DueAt);
        Assert.Equal(DossierStatus.InProgress, h.Instance.Status);
        Assert.Equal(DossierStatus.Received, h.Last(JournalEvent.StepCompleted, "receive").Status);

        h.At(Monday.PlusDays(7)).Officer("appraise", "ok");
        Assert.Equal(DossierStatus.Consulting, h.Instance.Status);
        h.At(Monday.PlusDays(8)).Do(new AgencyReply("consult", Sample.Bhxh));
        h.Do(new AgencyReply("consult", Sample.Police));
        Assert.Equal(["decide"], h.Waiting);
        h.At(Monday.PlusDays(9)).Officer("decide", "approve");

        var done = h.Instance;
        Assert.True(done.IsFinished);
        Assert.Equal(DossierStatus.Returned, done.Status);
        Assert.Equal(DossierOutcome.Resolved, done.Outcome);
        Assert.Equal(
            [JournalEvent.Submitted, JournalEvent.StepCompleted, JournalEvent.StepCompleted, JournalEvent.AgencyReplied,
             JournalEvent.AgencyReplied, JournalEvent.StepCompleted, JournalEvent.StepCompleted, JournalEvent.ResultReturned],
            done.Journal.Select(e => e.Event));
        Assert.Equal(Enumerable.Range(1, done.Journal.Count), done.Journal.Select(e => e.Sequence));
        Assert.All(done.Journal.Where(e => e.DueAt is not null), e => Assert.Equal(Punctuality.OnTime, e.Punctuality));
        var appraisal = h.Last(JournalEvent.StepCompleted, "appraise");
        Assert.Equal("Phòng Bảo hiểm thất nghiệp", appraisal.Unit);
        Assert.Equal(Monday.PlusHours(2), appraisal.ReceivedAt);
        Assert.Equal(Monday.PlusDays(7), appraisal.DoneAt);
        Assert.Equal("ok", appraisal.Outcome);
        Assert.Equal(DossierStatus.Consulting, appraisal.Status);
    }

    [Fact]
    public void Completion_requested_after_appraisal_pauses_the_deadline_and_the_completion_resumes_it()
    {
        var h = new Harness(Sample.Unemployment());
        h.Start();
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        var firstDue = h.Instance.DueAt!.Value;
        var appraisalDue = h.Instance.ActiveSteps.Single().DueAt!.Value;

        var askedAt = Monday.PlusDays(2).PlusHours(3); // Wednesday 10:00
        h.At(askedAt).Officer("appraise", "incomplete", "thiếu sổ bảo hiểm xã hội");
        Assert.Equal(DossierStatus.AwaitingCompletion, h.Instance.Status);
        Assert.Equal((askedAt, firstDue), (h.Instance.ClockStops.Single().StoppedAt, h.Instance.ClockStops.Single().SuspendedDueAt));
        Assert.Null(h.Instance.DueAt);
        var request = Assert.Single(h.Instance.Bookmarks);
        Assert.Equal(BookmarkKind.ApplicantCompletion, request.Kind);
        Assert.Equal("thiếu sổ bảo hiểm xã hội", request.Prompt);

        // Back the next Wednesday at 10:00: five working days with the applicant.
        var completedAt = askedAt.PlusDays(7);
        h.At(completedAt).Do(new ApplicantCompletion());
        Assert.False(h.Instance.ClockStopped);
        Assert.Equal(Monday.PlusHours(2), h.Instance.DeadlineStartedAt);
        Assert.Equal(h.Calendar.Add(firstDue, TimeLimit.WorkingDays(5)), h.Instance.DueAt);
        Assert.True(h.Instance.DueAt < h.Calendar.Add(completedAt, TimeLimit.WorkingDays(20)));
        Assert.Equal(["appraise"], h.Waiting);
        var appraisal = h.Instance.ActiveSteps.Single();
        Assert.Equal(completedAt, appraisal.StartedAt);
        Assert.Equal(h.Calendar.Add(appraisalDue, TimeLimit.WorkingDays(5)), appraisal.DueAt);
        Assert.Equal(DossierStatus.InProgress, h.Instance.Status);
        var entry = h.Last(JournalEvent.DossierCompleted);
        Assert.Contains("thời hạn tiếp tục, không tính lại (Nghị định 61/2018 Điều 19, sửa đổi bởi Nghị định 107/2021)", entry.Note);
        Assert.Equal(askedAt, entry.ReceivedAt);
        // The stop and the resume are rows of their own; the resume carries the moved appointment.
        Assert.Equal(askedAt, h.Last(JournalEvent.ClockStopped).DoneAt);
        var resumed = h.Last(JournalEvent.ClockResumed);
        Assert.Equal((completedAt, h.Instance.DueAt), (resumed.DoneAt, resumed.Appointment));
        Assert.StartsWith("thời gian chờ 5 ngày làm việc không tính vào thời hạn", resumed.Note);
    }

    [Fact]
    public void Incomplete_at_receipt_waits_for_the_applicant_then_receives_again()
    {
        var h = new Harness(Sample.Unemployment());
        h.Start();
        h.At(Monday.PlusHours(1)).Officer("receive", Ports.Incomplete, "thiếu đơn đề nghị");
        Assert.Equal(DossierStatus.AwaitingCompletion, h.Instance.Status);
        Assert.Null(h.Instance.DueAt);
        Assert.Null(h.Instance.DossierNumber);
        Assert.Empty(h.Instance.ClockStops);
        h.At(Monday.PlusDays(1)).Do(new ApplicantCompletion("complete-receipt"));
        Assert.Equal(["receive"], h.Waiting);
        Assert.Equal(DossierStatus.Submitted, h.Instance.Status);
        Assert.Null(h.Instance.DossierNumber);
        h.Officer("receive", Ports.Received);
        Assert.Equal("000.00.12.H26-250715-0001", h.Instance.DossierNumber);
        Assert.Equal(h.Calendar.Add(Monday.PlusDays(1), TimeLimit.WorkingDays(20)), h.Instance.DueAt);
    }

    [Fact]
    public void Refusal_at_receipt_ends_the_dossier_as_refused_with_reasons()
    {
        var h = new Harness(Sample.Unemployment());
        h.Start();
        h.At(Monday.PlusHours(1)).Officer("receive", Ports.Refused, "không thuộc thẩm quyền");
        Assert.True(h.Instance.IsFinished);
        Assert.Equal(DossierStatus.Refused, h.Instance.Status);
        Assert.Equal(DossierOutcome.Refused, h.Instance.Outcome);
        Assert.Equal("không thuộc thẩm quyền", h.Instance.RefusalReasons);
        Assert.Null(h.Instance.DossierNumber);
        Assert.False(Numbering.DossierNumber.Awaited(h.Instance));
        Assert.DoesNotContain(h.Instance.Journal, e => e.Event == JournalEvent.ResultReturned);
        Assert.Null(h.Instance.DueAt);
    }

    [Fact]
    public void Refusal_after_appraisal_is_returned_to_the_applicant_with_the_reasons()
    {
        var h = new Harness(Sample.Unemployment());
        h.Start();
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        h.At(Monday.PlusDays(3)).Officer("appraise", "refuse", "đã có việc làm");
        Assert.True(h.Instance.IsFinished);
        Assert.Equal(DossierStatus.Refused, h.Instance.Status);
        Assert.Equal("đã có việc làm", h.Last(JournalEvent.Refused).Note);
        var returned = h.Last(JournalEvent.ResultReturned);
        Assert.Equal(DossierStatus.Refused, returned.Status);
        Assert.Equal(Sample.OneStop, returned.Unit);
    }

    [Fact]
    public void A_consulted_agency_that_replies_late_is_recorded_late()
    {
        var h = new Harness(Sample.Unemployment());
        h.Start();
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        var askedAt = Monday.PlusDays(1).PlusHours(2);
        h.At(askedAt).Officer("appraise", "ok");
        var step = h.Instance.ActiveSteps.Single();
        Assert.Equal(2, step.Bookmarks.Count);
        var policeDue = step.Bookmarks.Single(b => b.Agency == Sample.Police).DueAt!.Value;
        Assert.Equal(h.Calendar.Add(askedAt, TimeLimit.WorkingDays(2)), policeDue);
        Assert.Equal(h.Calendar.Add(askedAt, TimeLimit.WorkingDays(3)), step.DueAt);

        h.At(askedAt.PlusDays(1)).Do(new AgencyReply("consult", Sample.Bhxh, "đã đóng 24 tháng"));
        Assert.Equal(DossierStatus.Consulting, h.Instance.Status);
        Assert.Equal(Sample.Police, Assert.Single(h.Instance.Bookmarks).Agency);

        var lateAt = policeDue.PlusDays(1);
        h.At(lateAt).Do(new AgencyReply("consult", Sample.Police));
        var replies = h.Instance.Journal.Where(e => e.Event == JournalEvent.AgencyReplied).ToList();
        Assert.Equal(Punctuality.OnTime, replies.Single(e => e.Unit == Sample.Bhxh).Punctuality);
        var late = replies.Single(e => e.Unit == Sample.Police);
        Assert.Equal(Punctuality.Late, late.Punctuality);
        Assert.Equal(policeDue, late.DueAt);
        Assert.Equal(lateAt, late.DoneAt);
        Assert.Equal(["decide"], h.Waiting);
    }

    [Fact]
    public void The_apology_moves_the_appointment_once_and_a_second_is_refused()
    {
        var h = new Harness(Sample.Unemployment());
        h.Start();
        Assert.Contains("not been received", h.Refused(new Apology(Monday.PlusDays(40), "chậm")));
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        var due = h.Instance.DueAt!.Value;
        Assert.Contains("reason", h.Refused(new Apology(due.PlusDays(5), " ")));
        Assert.Contains("not after", h.Refused(new Apology(due.PlusDays(-1), "chậm")));

        var newDue = due.PlusDays(7);
        h.At(due.PlusDays(-3)).Do(new Apology(newDue, "chờ xác minh của cơ quan bảo hiểm xã hội"));
        Assert.Equal(newDue, h.Instance.DueAt);
        Assert.Equal(due, h.Instance.Apology!.PreviousDueAt);
        Assert.Equal(JournalEvent.Apologized, h.Instance.Journal[^1].Event);

        var reason = h.Refused(new Apology(newDue.PlusDays(3), "lại chậm"));
        Assert.Contains("only", reason);
        Assert.Equal(newDue, h.Instance.DueAt);
    }

    [Fact]
    public void A_result_returned_after_the_appointment_is_late()
    {
        var h = new Harness(Sample.Unemployment(withConsultation: false));
        h.Start();
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        var due = h.Instance.DueAt!.Value;
        h.At(due.PlusDays(1)).Officer("appraise", "ok");
        Assert.Equal(Punctuality.Late, h.Last(JournalEvent.StepCompleted, "appraise").Punctuality);
        h.Officer("decide", "approve");
        var returned = h.Last(JournalEvent.ResultReturned);
        Assert.Equal(Punctuality.Late, returned.Punctuality);
        Assert.Equal(due, returned.DueAt);
    }

    [Fact]
    public void Each_waiting_step_warns_one_working_day_before_its_due()
    {
        var h = new Harness(Sample.Unemployment());
        h.Start();
        var receivedAt = new LocalDateTime(2025, 7, 14, 9, 0);
        h.At(receivedAt).Officer("receive", Ports.Received);
        var step = h.Instance.ActiveSteps.Single();
        // 15 working days from Monday morning's second session: due Monday 4 August 11:30, warned Friday 1 August 11:30.
        Assert.Equal(new LocalDateTime(2025, 8, 4, 11, 30), step.DueAt);
        Assert.Equal(new LocalDateTime(2025, 8, 1, 11, 30), step.WarnAt);
        Assert.Equal(step.WarnAt, step.Bookmarks.Single().WarnAt);

        Assert.Empty(h.At(new LocalDateTime(2025, 8, 1, 11, 0)).Runtime.Warnings(h.Instance));
        var warning = Assert.Single(h.At(new LocalDateTime(2025, 8, 1, 11, 30)).Runtime.Warnings(h.Instance));
        Assert.Equal("appraise", warning.ActivityId);
        Assert.False(warning.IsOverdue);
        var overdue = h.At(new LocalDateTime(2025, 8, 4, 13, 0)).Runtime.Warnings(h.Instance).Single(w => w.ActivityId == "appraise");
        Assert.True(overdue.IsOverdue);
    }

    [Fact]
    public void Invalid_stimuli_are_refused_with_a_reason_and_change_nothing()
    {
        var h = new Harness(Sample.Unemployment());
        h.Start();
        Assert.Contains("not at step \"appraise\"", h.Refused(new OfficerDecision("appraise", "ok")));
        Assert.Contains("allowed: Received, Incomplete, Refused", h.Refused(new OfficerDecision("receive", "approve")));
        Assert.Contains("does not wait for a reply from", h.Refused(new AgencyReply("receive", Sample.Bhxh)));
        Assert.Contains("no request to complete", h.Refused(new ApplicantCompletion()));
        Assert.Contains("does not wait for a timer", h.Refused(new TimerElapsed("receive")));
        Assert.Contains("no stimulus", h.Refused(null!));

        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        h.Officer("appraise", "ok");
        Assert.Contains("does not wait for a reply from \"Sở Y tế\"", h.Refused(new AgencyReply("consult", "Sở Y tế")));
        h.Do(new AgencyReply("consult", Sample.Bhxh));
        Assert.Contains("waiting for: Công an tỉnh", h.Refused(new AgencyReply("consult", Sample.Bhxh)));
        h.Do(new AgencyReply("consult", Sample.Police));
        h.Officer("decide", "approve");

        Assert.True(h.Instance.IsFinished);
        Assert.Contains("is finished (Đã trả kết quả)", h.Refused(new OfficerDecision("decide", "approve")));
        Assert.Contains("is finished", h.Refused(new Apology(Monday.PlusDays(90), "chậm")));
    }
}
