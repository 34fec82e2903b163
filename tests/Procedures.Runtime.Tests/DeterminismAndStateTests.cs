using NodaTime;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Runtime.Tests.Support;
using Procedures.Workflows.Activities;

namespace Procedures.Runtime.Tests;

public sealed class DeterminismAndStateTests
{
    private static readonly LocalDateTime Monday = Harness.Monday;

    private static WorkflowInstance RunConsultationScenario()
    {
        var h = new Harness(Sample.Unemployment());
        h.Start("HS-42", ("Age", 45), ("Name", "Nguyễn Văn A"));
        h.At(Monday.PlusHours(2)).Officer("receive", Ports.Received);
        h.At(Monday.PlusDays(1)).Officer("appraise", "incomplete", "thiếu sổ BHXH");
        h.At(Monday.PlusDays(3)).Do(new ApplicantCompletion());
        h.At(Monday.PlusDays(4)).Officer("appraise", "ok");
        h.At(Monday.PlusDays(5)).Do(new AgencyReply("consult", Sample.Police));
        h.At(Monday.PlusDays(12)).Do(new Apology(h.Instance.DueAt!.Value.PlusDays(5), "chờ xác nhận BHXH"));
        h.Do(new AgencyReply("consult", Sample.Bhxh));
        return h.Instance;
    }

    [Fact]
    public void The_same_inputs_give_the_same_journal_and_state()
    {
        var first = RunConsultationScenario();
        var second = RunConsultationScenario();
        Assert.Equal(InstanceJson.Serialize(first), InstanceJson.Serialize(second));
        Assert.Equal(first.Journal, second.Journal);
        Assert.Contains(first.Journal, e => e.Punctuality == Punctuality.Late);
    }

    [Fact]
    public void Instance_state_round_trips_through_json_unchanged()
    {
        var instance = RunConsultationScenario();
        var json = InstanceJson.Serialize(instance);
        var back = InstanceJson.Deserialize(json, out var error);
        Assert.Null(error);
        Assert.NotNull(back);
        Assert.Equal(json, InstanceJson.Serialize(back));
        Assert.Equal(instance.Journal, back.Journal);
        Assert.Equal(instance.DueAt, back.DueAt);
        Assert.Equal(instance.Apology, back.Apology);
        Assert.Equal("Nguyễn Văn A", back.Data["Name"].GetString());
        Assert.Equal(instance.ActiveSteps.Single().Bookmarks.Select(b => b.AllowedOutcomes.Count), back.ActiveSteps.Single().Bookmarks.Select(b => b.AllowedOutcomes.Count));
        Assert.Contains("\"Status\":\"InProgress\"", json);
        Assert.Contains("\"SubmittedAt\":\"2025-07-14T07:00:00\"", json);
    }

    [Fact]
    public void A_round_tripped_instance_resumes_like_the_original()
    {
        var h = new Harness(Sample.Unemployment());
        h.Start();
        var back = InstanceJson.Deserialize(InstanceJson.Serialize(h.Instance), out _)!;
        var result = h.At(Monday.PlusHours(2)).Runtime.Resume(h.Definition, back, new OfficerDecision("receive", Ports.Received), h.Number());
        Assert.True(result.Accepted, result.Reason);
        Assert.Equal(["appraise"], result.Instance!.ActiveSteps.Select(s => s.ActivityId));
    }

    [Fact]
    public void Broken_json_gives_an_error_not_an_exception()
    {
        Assert.Null(InstanceJson.Deserialize("{\"DossierId\": 5", out var error));
        Assert.NotNull(error);
        Assert.Null(InstanceJson.Deserialize("{\"SubmittedAt\": \"yesterday\"}", out error));
        Assert.NotNull(error);
    }
}
