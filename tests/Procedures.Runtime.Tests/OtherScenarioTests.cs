using Procedures.Workflows;
using System.Text.Json;
using NodaTime;
using Procedures.Calendar;
using Procedures.Runtime.Conditions;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Runtime.Tests.Support;
using Procedures.Workflows.Activities;

namespace Procedures.Runtime.Tests;

public sealed class OtherScenarioTests
{
    private static readonly LocalDateTime Monday = Harness.Monday;

    [Fact]
    public void A_routing_slip_visits_the_agencies_in_order_each_with_its_own_deadline()
    {
        var h = new Harness(Sample.SocialAllowance());
        h.Start();
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        h.Officer("review", Ports.Done);
        var postingDue = h.Instance.ActiveSteps.Single().DueAt!.Value;
        h.At(postingDue).Do(new TimerElapsed("post"));

        Assert.Equal(DossierStatus.Routing, h.Instance.Status);
        var first = Assert.Single(h.Instance.Bookmarks);
        Assert.Equal("Phòng Văn hóa - Xã hội", first.Agency);
        Assert.Equal("thẩm định", first.Prompt);
        Assert.Contains("stop 1", h.Refused(new AgencyReply("route", "Chủ tịch UBND xã")));

        var firstDone = postingDue.PlusDays(3);
        h.At(firstDone).Do(new AgencyReply("route", "Phòng Văn hóa - Xã hội"));
        var second = Assert.Single(h.Instance.Bookmarks);
        Assert.Equal("Chủ tịch UBND xã", second.Agency);
        Assert.Equal(firstDone, second.StartedAt);
        Assert.Equal(h.Calendar.Add(firstDone, TimeLimit.WorkingDays(3)), second.DueAt);
        Assert.Equal(1, h.Instance.ActiveSteps.Single().RouteStop);

        h.At(firstDone.PlusDays(1)).Do(new AgencyReply("route", "Chủ tịch UBND xã"));
        Assert.Equal(DossierStatus.Returned, h.Instance.Status);
        Assert.Equal(["Phòng Văn hóa - Xã hội", "Chủ tịch UBND xã"],
            h.Instance.Journal.Where(e => e.Event == JournalEvent.AgencyReplied).Select(e => e.Unit));
    }

    [Fact]
    public void A_complaint_during_the_posting_sends_the_dossier_back_to_review_and_the_timer_waits_for_its_time()
    {
        var h = new Harness(Sample.SocialAllowance());
        h.Start();
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        h.Officer("review", Ports.Done);
        Assert.Equal(DossierStatus.Posted, h.Instance.Status);
        var step = h.Instance.ActiveSteps.Single();
        Assert.Equal([BookmarkKind.Timer, BookmarkKind.Complaint], step.Bookmarks.Select(b => b.Kind));
        Assert.Contains("not yet", h.Refused(new TimerElapsed("post")));

        h.At(Monday.PlusDays(1)).Do(new Complaint("post", "gia đình có thu nhập"));
        Assert.Equal(["review"], h.Waiting);
        Assert.Equal(Ports.Complaint, h.Last(JournalEvent.StepCompleted, "post").Outcome);

        h.Officer("review", Ports.Done);
        var due = h.Instance.ActiveSteps.Single().DueAt!.Value;
        Assert.Contains("ended", h.At(due.PlusHours(1)).Refused(new Complaint("post")));
        h.Do(new TimerElapsed("post"));
        var posted = h.Last(JournalEvent.StepCompleted, "post");
        Assert.Equal(Ports.Done, posted.Outcome);
        Assert.Equal(due, posted.DoneAt);
        Assert.Equal(["route"], h.Waiting);
    }

    [Fact]
    public void Forwarding_up_a_level_waits_for_the_higher_agency_and_comes_back_for_return()
    {
        var h = new Harness(Sample.Forwarded(), new AgeEvaluator());
        h.Start("HS-9", ("Age", 85));
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        Assert.Equal(DossierStatus.Forwarded, h.Instance.Status);
        var evaluated = h.Last(JournalEvent.ConditionEvaluated);
        Assert.Equal(Ports.True, evaluated.Outcome);
        var bookmark = Assert.Single(h.Instance.Bookmarks);
        Assert.Equal(("Sở Nội vụ", BookmarkKind.AgencyReply), (bookmark.Agency, bookmark.Kind));
        Assert.Equal(h.Calendar.Add(Monday.PlusHours(2), TimeLimit.WorkingDays(10)), bookmark.DueAt);

        Assert.Contains("does not wait for a reply from \"UBND tỉnh\"", h.Refused(new AgencyReply("forward", "UBND tỉnh")));
        h.At(Monday.PlusDays(6)).Do(new AgencyReply("forward", "Sở Nội vụ", "Quyết định số 12/QĐ-SNV"));
        Assert.Equal(DossierStatus.Returned, h.Instance.Status);
        Assert.Equal(Punctuality.OnTime, h.Last(JournalEvent.AgencyReplied).Punctuality);
    }

    [Fact]
    public void The_evaluator_sends_younger_applicants_down_the_false_branch()
    {
        var h = new Harness(Sample.Forwarded(), new AgeEvaluator());
        h.Start("HS-10", ("Age", 70));
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        Assert.Equal(["local"], h.Waiting);
        Assert.Equal(Ports.False, h.Last(JournalEvent.ConditionEvaluated).Outcome);
    }

    [Fact]
    public void Without_an_evaluator_a_decision_waits_for_an_officer_shown_the_condition()
    {
        var h = new Harness(Sample.Forwarded());
        h.Start();
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        var bookmark = Assert.Single(h.Instance.Bookmarks);
        Assert.Equal(BookmarkKind.OfficerDecision, bookmark.Kind);
        Assert.Equal("Data.Age >= 80 && Data.Name != \"\"", bookmark.Prompt);
        Assert.Equal([Ports.True, Ports.False], bookmark.AllowedOutcomes);
        Assert.Contains("allowed: True, False", h.Refused(new OfficerDecision("aged", "maybe")));
        h.Officer("aged", Ports.False);
        Assert.Equal(["local"], h.Waiting);
    }

    [Fact]
    public void An_evaluator_that_fails_hands_the_decision_to_an_officer()
    {
        var h = new Harness(Sample.Forwarded(), new ThrowingEvaluator());
        h.Start();
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        Assert.Equal(BookmarkKind.OfficerDecision, Assert.Single(h.Instance.Bookmarks).Kind);
    }

    [Fact]
    public void An_abolished_procedure_refuses_new_dossiers()
    {
        var definition = Sample.Unemployment();
        definition = definition with
        {
            Facts = definition.Facts with { AbolishedDate = new LocalDate(2025, 7, 1), AbolishingDecision = "Quyết định 99/QĐ-BNV" },
        };
        var h = new Harness(definition);
        var result = h.Runtime.Start(definition, new StartRequest("HS-2"));
        Assert.False(result.Accepted);
        Assert.Null(result.Instance);
        Assert.Contains("abolished on 2025-07-01 (Quyết định 99/QĐ-BNV)", result.Reason);
    }

    [Fact]
    public void A_broken_definition_is_refused_at_start_rather_than_run()
    {
        var definition = Sample.Unemployment();
        definition = definition with
        {
            Root = definition.Root with { Connections = [.. definition.Root.Connections, Workflows.Connection.Create("decide", "maybe", "nowhere")] },
        };
        var result = new Harness(definition).Runtime.Start(definition, new StartRequest("HS-3"));
        Assert.False(result.Accepted);
        Assert.Contains("has no port \"maybe\"", result.Reason);
        Assert.Contains("unknown activity \"nowhere\"", result.Reason);
    }

    [Fact]
    public void Dossier_numbers_count_per_receipt_day_and_the_postal_channel_uses_its_own_time_limit()
    {
        // Submitted on Monday, received on Monday and Tuesday: each number carries its receipt date and counts per day.
        var h = new Harness(Sample.Unemployment());
        var first = h.Runtime.Start(h.Definition, h.Request("A")).Instance!;
        var second = h.Runtime.Start(h.Definition, h.Request("B", Workflows.Facts.ChannelKind.Postal)).Instance!;
        Assert.Null(first.DossierNumber);
        Assert.Null(second.DossierNumber);

        var b = h.At(Monday.PlusHours(2)).Runtime.Resume(h.Definition, second, new OfficerDecision("receive", Ports.Received), h.Number()).Instance!;
        var nextDay = Monday.PlusDays(1).PlusHours(2);
        var a = h.At(nextDay).Runtime.Resume(h.Definition, first, new OfficerDecision("receive", Ports.Received), h.Number()).Instance!;
        var c = h.Runtime.Resume(h.Definition, h.Runtime.Start(h.Definition, h.Request("C")).Instance!, new OfficerDecision("receive", Ports.Received), h.Number()).Instance!;
        Assert.Equal("000.00.12.H26-250714-0001", b.DossierNumber);
        Assert.Equal("000.00.12.H26-250715-0001", a.DossierNumber);
        Assert.Equal("000.00.12.H26-250715-0002", c.DossierNumber);
        Assert.Equal(h.Calendar.Add(Monday.PlusHours(2), TimeLimit.WorkingDays(22)), b.DueAt);
        Assert.Equal(h.Calendar.Add(nextDay, TimeLimit.WorkingDays(20)), a.DueAt);
    }

    private sealed class AgeEvaluator : IConditionEvaluator
    {
        public ConditionResult Evaluate(WorkflowDefinition definition, string condition, IReadOnlyDictionary<string, JsonElement> data) =>
            data.TryGetValue("Age", out var age) ? ConditionResult.Of(age.GetInt32() >= 80) : ConditionResult.Undecided("no age");
    }

    private sealed class ThrowingEvaluator : IConditionEvaluator
    {
        public ConditionResult Evaluate(WorkflowDefinition definition, string condition, IReadOnlyDictionary<string, JsonElement> data) =>
            throw new InvalidOperationException("Data.Age is missing");
    }
}
