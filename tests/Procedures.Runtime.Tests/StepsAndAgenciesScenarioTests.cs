using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Procedures.Runtime.Agencies;
using Procedures.Runtime.Conditions;
using Procedures.Runtime.Effects;
using Procedures.Runtime.Messages;
using Procedures.Runtime.Numbering;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Runtime.Tests.Support;
using Procedures.Workflows;
using Procedures.Workflows.Activities;

namespace Procedures.Runtime.Tests;

/// <summary>
/// The steps and agencies of the language's second edition on the fake clock (Monday 14 July 2025, Monday–Friday,
/// 07:30–11:30 and 13:00–17:00): deemed approval by silence, notices, return for amendment, the applicant's steps that
/// stop the agency's clock, a party's steps, transfers, the executing agency chosen by condition, the receiving office
/// and dossiers the agency opens itself.
/// </summary>
public sealed class StepsAndAgenciesScenarioTests
{
    static readonly LocalDateTime Monday = Harness.Monday;
    static readonly LocalDateTime ReceivedAt = Monday.PlusHours(2); // Monday 09:00

    /// <summary>7 working days from Monday 09:00: Wednesday 23 July, end of the morning.</summary>
    static readonly LocalDateTime ReviewDue = new(2025, 7, 23, 11, 30);

    static Harness Received(WorkflowDefinition definition)
    {
        var h = new Harness(definition);
        h.Start();
        h.At(ReceivedAt).Officer("receive", Ports.Received);
        return h;
    }

    [Fact]
    public void Silence_until_the_time_limit_takes_the_silence_outcome_and_the_row_says_the_period_ended_without_objection()
    {
        var h = Received(StepSamples.Registration());
        var review = h.Instance.ActiveSteps.Single();
        Assert.Equal(ReviewDue, review.DueAt);
        Assert.Equal([BookmarkKind.OfficerDecision, BookmarkKind.Silence], review.Bookmarks.Select(b => b.Kind));
        Assert.Equal(["objection"], review.Bookmarks[0].AllowedOutcomes);

        Assert.Contains("ends at 2025-07-23 11:30, not yet", h.At(ReviewDue.PlusMinutes(-1)).Refused(new TimerElapsed("review")));
        Assert.Contains("\"Silence\" is not an outcome", h.Refused(new OfficerDecision("review", Ports.Silence)));

        h.At(ReviewDue.PlusHours(3)).Do(new TimerElapsed("review"));

        var row = h.Last(JournalEvent.StepCompleted, "review");
        Assert.Equal((Ports.Silence, ReviewDue, Punctuality.OnTime), (row.Outcome, row.DoneAt, row.Punctuality));
        var sheet = ControlSheet.Rows(h.Definition, h.Instance);
        Assert.IsType<SheetNote.SilenceElapsed>(sheet.Single(r => r.Entry.ActivityId == "review").Note);
        Assert.Equal(DossierStatus.Returned, h.Instance.Status);
        Assert.Equal(DossierOutcome.Resolved, h.Instance.Outcome);
    }

    [Fact]
    public void A_silence_is_scheduled_at_the_time_limit_instead_of_an_overdue_mark_and_an_officer_who_objects_first_cancels_it()
    {
        var h = Received(StepSamples.Registration());
        var officer = h.Instance.Bookmarks.Single(b => b.Kind == BookmarkKind.OfficerDecision);
        var silence = h.Instance.Bookmarks.Single(b => b.Kind == BookmarkKind.Silence);
        var timers = h.Result.Effects.OfType<TimerScheduled>().Where(t => t.BookmarkId is not null).ToList();
        Assert.Equal(
            [
                new TimerScheduled(officer.Id + "#warning", officer.Id, VietnamTime.ToInstant(new LocalDateTime(2025, 7, 22, 11, 30)), TimerPurpose.Warning),
                new TimerScheduled(silence.Id + "#silence-ends", silence.Id, VietnamTime.ToInstant(ReviewDue), TimerPurpose.SilenceEnds),
            ],
            timers);

        h.At(ReceivedAt.PlusDays(2)).Officer("review", "objection", "nội quy trái Điều 127 Bộ luật Lao động");

        Assert.Contains(new TimerCancelled(silence.Id + "#silence-ends"), h.Result.Effects);
        Assert.Contains(new BookmarkRemoved(silence.Id), h.Result.Effects);
        Assert.DoesNotContain(h.Result.Effects, e => e is TimerScheduled { Purpose: TimerPurpose.SilenceEnds });
    }

    [Fact]
    public void An_objection_returns_the_dossier_for_amendment_with_the_reasons_and_it_ends_returned_not_refused()
    {
        var h = Received(StepSamples.Registration());
        h.At(ReceivedAt.PlusDays(2)).Officer("review", "objection", "nội quy trái Điều 127 Bộ luật Lao động");

        Assert.True(h.Instance.IsFinished);
        Assert.Equal((DossierStatus.ReturnedForAmendment, DossierOutcome.ReturnedForAmendment), (h.Instance.Status, h.Instance.Outcome));
        Assert.Equal("nội quy trái Điều 127 Bộ luật Lao động", h.Instance.RefusalReasons);
        Assert.DoesNotContain(h.Instance.Journal, e => e.Event == JournalEvent.Refused);
        var rows = ControlSheet.Rows(h.Definition, h.Instance);
        Assert.Equal(new SheetNote.ReturnedForAmendment("nội quy trái Điều 127 Bộ luật Lao động"),
            rows.Single(r => r.Entry.Event == JournalEvent.ReturnedForAmendment).Note);
        var handedBack = rows.Single(r => r.Entry.Event == JournalEvent.ResultReturned);
        Assert.IsType<SheetNote.AmendmentReturned>(handedBack.Note);
        Assert.Equal(DossierStatus.ReturnedForAmendment, handedBack.Entry.Status);
    }

    [Fact]
    public void A_return_for_amendment_nobody_hands_back_ends_the_dossier_where_it_is()
    {
        var h = Received(StepSamples.Registration(handedBack: false));
        h.At(ReceivedAt.PlusDays(1)).Officer("review", "objection");

        Assert.Equal(DossierStatus.ReturnedForAmendment, h.Instance.Status);
        Assert.DoesNotContain(h.Instance.Journal, e => e.Event == JournalEvent.ResultReturned);
        Assert.Empty(h.Instance.ActiveSteps);
    }

    [Fact]
    public void A_notice_goes_out_at_once_with_a_control_record_row_and_an_effect_a_host_may_deliver()
    {
        var h = Received(StepSamples.Registration());
        h.At(ReviewDue.PlusHours(1)).Do(new TimerElapsed("review"));

        var notice = h.Last(JournalEvent.NoticeSent, "notify");
        Assert.Equal((StepSamples.Department, ReviewDue.PlusHours(1), Punctuality.NoDeadline), (notice.Unit, notice.DoneAt, notice.Punctuality));
        Assert.Equal(new NoticeSent("notify", "Gửi thông báo nội quy có hiệu lực", StepSamples.Department, StepSamples.Bhxh,
            VietnamTime.ToInstant(ReviewDue.PlusHours(1))), Assert.Single(h.Result.Effects.OfType<NoticeSent>()));
        Assert.Equal(new SheetNote.NoticeSent(StepSamples.Bhxh),
            ControlSheet.Rows(h.Definition, h.Instance).Single(r => r.Entry.Event == JournalEvent.NoticeSent).Note);
        // The notice awaited nothing: the same run went on to the return of the result.
        Assert.Equal(DossierStatus.Returned, h.Instance.Status);
    }

    [Fact]
    public void An_applicant_s_step_stops_the_clock_and_the_appointment_moves_by_the_office_time_spent_with_the_applicant()
    {
        var h = Received(StepSamples.ApplicantAndParty());
        var appointment = new LocalDateTime(2025, 8, 11, 11, 30); // 20 working days from Monday 09:00
        Assert.Equal(appointment, h.Instance.DueAt);

        h.At(ReceivedAt.PlusDays(1)).Officer("appraise", "visit"); // Tuesday 09:00
        Assert.Equal(DossierStatus.WithApplicant, h.Instance.Status);
        Assert.True(h.Instance.ClockStopped);
        Assert.Equal(ReceivedAt.PlusDays(1), h.Instance.ClockStops.Single().StoppedAt);
        var step = h.Instance.ActiveSteps.Single();
        Assert.Equal(StepSamples.MeritUnit, step.Unit); // the unit that records what the applicant did has it in its inbox
        Assert.Equal(JournalEvent.ClockStopped, h.Instance.Journal[^1].Event);
        // No warning or overdue mark for the appointment while the clock stands.
        Assert.Contains(h.Result.Effects, e => e is TimerCancelled c && c.TimerId.StartsWith("HS-1/appointment/", StringComparison.Ordinal));
        Assert.DoesNotContain(h.Result.Effects, e => e is TimerScheduled { BookmarkId: null });
        var later = new DossierRuntime(h.Calendar, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Harness.ToUtc(appointment.PlusDays(1))));
        Assert.DoesNotContain(later.Warnings(h.Instance), w => w.ActivityId is null);

        h.At(ReceivedAt.PlusDays(4)).Officer("assessment", "done"); // Friday 09:00: three working days later

        var moved = new LocalDateTime(2025, 8, 14, 11, 30);
        Assert.Equal(moved, h.Instance.DueAt);
        Assert.False(h.Instance.ClockStopped);
        var done = h.Last(JournalEvent.StepCompleted, "assessment");
        Assert.Equal("Người nộp hồ sơ", done.Unit);
        var resumed = h.Last(JournalEvent.ClockResumed);
        Assert.Equal((ReceivedAt.PlusDays(4), (LocalDateTime?)moved), (resumed.DoneAt, resumed.Appointment));
        var rows = ControlSheet.Rows(h.Definition, h.Instance);
        Assert.Equal(new SheetNote.RecordedBy(StepSamples.MeritUnit), rows.Single(r => r.Entry == done).Note);
        Assert.Equal(new SheetNote.ClockResumed(3m, moved), rows.Single(r => r.Entry == resumed).Note);
        var rescheduled = h.Result.Effects.OfType<TimerScheduled>().Where(t => t.BookmarkId is null).Select(t => t.TimerId).ToList();
        Assert.Equal(["HS-1/appointment/20250814T1130#warning", "HS-1/appointment/20250814T1130#overdue"], rescheduled);
    }

    [Fact]
    public void A_party_s_step_is_recorded_by_the_unit_and_the_clock_runs_while_the_party_has_it()
    {
        var h = Received(StepSamples.ApplicantAndParty());
        h.At(ReceivedAt.PlusHours(1)).Officer("appraise", "ok");
        Assert.Equal(DossierStatus.InProgress, h.Instance.Status);
        Assert.False(h.Instance.ClockStopped);
        Assert.Equal(StepSamples.MeritUnit, h.Instance.ActiveSteps.Single().Unit);

        h.At(ReceivedAt.PlusDays(1)).Officer("parents", Ports.Done, "cha mẹ đồng ý");

        Assert.Equal("Cha mẹ hoặc người chăm sóc trẻ em", h.Last(JournalEvent.StepCompleted, "parents").Unit);
        Assert.DoesNotContain(h.Instance.Journal, e => e.Event is JournalEvent.ClockStopped or JournalEvent.ClockResumed);
        Assert.Equal(new LocalDateTime(2025, 8, 11, 11, 30), h.Instance.DueAt);
    }

    [Fact]
    public void A_transfer_waits_for_the_receiving_agency_to_acknowledge_then_goes_on()
    {
        var h = Received(StepSamples.ApplicantAndParty());
        h.Officer("appraise", "ok");
        h.Officer("parents", Ports.Done);
        h.Officer("decide", Ports.Done);

        Assert.Equal(DossierStatus.Transferred, h.Instance.Status);
        var bookmark = Assert.Single(h.Instance.Bookmarks);
        Assert.Equal((BookmarkKind.AgencyReply, "Sở Nội vụ tỉnh B"), (bookmark.Kind, bookmark.Agency));
        Assert.Contains("does not wait for a reply from \"Sở Nội vụ\"", h.Refused(new AgencyReply("transfer", "Sở Nội vụ")));

        h.At(ReceivedAt.PlusDays(1)).Do(new AgencyReply("transfer", "Sở Nội vụ tỉnh B"));
        Assert.Equal(DossierStatus.Returned, h.Instance.Status);
    }

    [Fact]
    public void The_executing_agency_is_the_first_whose_condition_holds_and_its_code_numbers_the_dossier()
    {
        var definition = StepSamples.ByScope();
        var h = new Harness(definition, new ScopeEvaluator());

        var inter = Received(h, "liên tỉnh");
        var local = Received(h, "trong tỉnh");

        Assert.Equal(StepSamples.MinistryAgency, inter.ExecutingAgency);
        Assert.StartsWith("000.00.00.G09-250714-", inter.DossierNumber, StringComparison.Ordinal);
        Assert.Equal(StepSamples.Ministry, inter.Journal[0].Unit);
        Assert.Equal(StepSamples.DepartmentAgency, local.ExecutingAgency);
        Assert.StartsWith("000.00.19.H00-250714-", local.DossierNumber, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dossier_no_agency_takes_is_refused_with_the_conditions_and_one_that_cannot_be_decided_says_which()
    {
        var strict = StepSamples.ByScope(withDefault: false);
        var h = new Harness(strict, new ScopeEvaluator());

        var none = h.Runtime.Start(strict, new StartRequest("HS-9", "000.00.19.H00-250714-0001", Data: Data("nước ngoài")));
        Assert.Equal("PRC5130", none.Refusal!.Code);
        Assert.Equal("no executing agency of procedure 1.000105 takes this dossier: none of their conditions holds "
            + "(Bộ Nội vụ: `Scope == \"liên tỉnh\"`; Sở Nội vụ: `Scope == \"trong tỉnh\"`)", none.Message(MessageLanguage.English));
        Assert.Equal("không cơ quan thực hiện nào của thủ tục 1.000105 nhận hồ sơ này: không điều kiện nào đúng "
            + "(Bộ Nội vụ: `Scope == \"liên tỉnh\"`; Sở Nội vụ: `Scope == \"trong tỉnh\"`)", none.Message(MessageLanguage.Vietnamese));

        var undecided = h.Runtime.Start(strict, new StartRequest("HS-10", "000.00.19.H00-250714-0001"));
        Assert.Equal("PRC5131", undecided.Refusal!.Code);
        Assert.Equal("the executing agency of procedure 1.000105 cannot be chosen: the condition `Scope == \"liên tỉnh\"` of \"Bộ Nội vụ\" "
            + "cannot be decided on this dossier's data (no scope given)", undecided.Message(MessageLanguage.English));
    }

    [Fact]
    public void A_receiving_office_numbers_the_dossier_with_its_code_and_its_one_stop_office_receives_and_returns()
    {
        var definition = StepSamples.ReceivedAtCommune();
        var h = new Harness(definition);
        var instance = h.Start();

        Assert.Null(instance.DossierNumber);
        Assert.Equal(StepSamples.DepartmentAgency, instance.ExecutingAgency);
        Assert.Equal(StepSamples.Commune, instance.Journal[0].Unit);
        var receipt = Assert.Single(instance.Bookmarks);
        Assert.Equal((BookmarkKind.OfficerDecision, StepSamples.Commune), (receipt.Kind, receipt.Agency));

        h.At(ReceivedAt).Officer("receive", Ports.Received);
        Assert.Equal("000.01.00.X00-250714-0001", h.Instance.DossierNumber);
        Assert.Equal(StepSamples.LabourUnit, h.Instance.ActiveSteps.Single().Unit);
        h.Officer("decide", Ports.Done);
        Assert.Equal("Bộ phận Một cửa (Ủy ban nhân dân cấp xã)", Workflows.Rendering.DomainWords.UnitAndLimit(definition.Root.Find("return")!));
        Assert.Equal(DossierStatus.Returned, h.Instance.Status);
    }

    [Fact]
    public void A_procedure_the_agency_starts_itself_is_opened_by_its_officer_without_a_receipt_and_refuses_a_submission()
    {
        var definition = StepSamples.StartedByCommune();
        var h = new Harness(definition);

        var submitted = h.Runtime.Start(definition, new StartRequest("HS-20", "000.01.00.X00-250714-0002"));
        Assert.Equal("PRC5132", submitted.Refusal!.Code);
        Assert.Equal("thủ tục 1.004946 do cơ quan tự khởi xướng: không nhận hồ sơ nộp; cán bộ của Ủy ban nhân dân cấp xã mở hồ sơ và ghi rõ người mở",
            submitted.Message(MessageLanguage.Vietnamese));

        var opened = h.At(ReceivedAt).Runtime.Start(definition,
            new StartRequest("HS-21", "000.01.00.X00-250714-0003", OpenedBy: "Người làm công tác bảo vệ trẻ em cấp xã"));
        Assert.True(opened.Accepted, opened.Reason);
        var instance = opened.Instance!;
        var first = instance.Journal[0];
        Assert.Equal((JournalEvent.Opened, "Người làm công tác bảo vệ trẻ em cấp xã", DossierStatus.InProgress), (first.Event, first.Unit, first.Status));
        Assert.Equal((ReceivedAt, ReceivedAt), (instance.ReceivedAt, instance.DeadlineStartedAt));
        Assert.Equal(new LocalDateTime(2025, 7, 15, 14, 30), instance.DueAt); // 12 office hours from Monday 09:00
        Assert.Equal("Người làm công tác bảo vệ trẻ em cấp xã", instance.OpenedBy);
        Assert.Equal(["record"], instance.ActiveSteps.Select(s => s.ActivityId));
        Assert.Equal(new SheetNote.Opened("000.01.00.X00-250714-0003", instance.DueAt), ControlSheet.Rows(definition, instance)[0].Note);
    }

    /// <summary>Submitted and received: the number is taken at the receipt, with the code of the agency the data chose.</summary>
    static WorkflowInstance Received(Harness h, string scope)
    {
        Assert.Null(DossierAgency.Choose(h.Definition, Data(scope), new ScopeEvaluator(), out var agency));
        var started = h.Runtime.Start(h.Definition, new StartRequest("HS-" + scope, Data: Data(scope)));
        Assert.True(started.Accepted, started.Reason);
        Assert.Null(started.Instance!.DossierNumber);
        Assert.Null(DossierNumber.TryTake(h.Definition, VietnamTime.Now(h.Clock), h.Numbers, out var number, agency));
        var received = h.Runtime.Resume(h.Definition, started.Instance, new OfficerDecision("receive", Ports.Received), number);
        Assert.True(received.Accepted, received.Reason);
        return received.Instance!;
    }

    static ImmutableSortedDictionary<string, JsonElement> Data(string scope) =>
        ImmutableSortedDictionary<string, JsonElement>.Empty.Add("Scope", JsonSerializer.SerializeToElement(scope));

    /// <summary>Reads conditions of the form <c>Scope == "…"</c>.</summary>
    sealed class ScopeEvaluator : IConditionEvaluator
    {
        public ConditionResult Evaluate(WorkflowDefinition definition, string condition, IReadOnlyDictionary<string, JsonElement> data)
        {
            var wanted = condition.Split('"')[1];
            return data.TryGetValue("Scope", out var scope) ? ConditionResult.Of(scope.GetString() == wanted) : ConditionResult.Undecided("no scope given");
        }
    }
}
