using System.Text.Json;

namespace Procedures.Compiler.Tests.Elsa;

/// <summary>What the built-ins profile makes of time (tests/Fixtures/time): the facts Elsa cannot count travel with the activities.</summary>
public class TimeMappingTests
{
    static ExportedWorkflow Export(string name) => ExportedWorkflow.Of(ElsaFixtures.Published(Fixtures.Time(name).Text));

    static string Facts(JsonElement activity) =>
        activity.GetProperty("customProperties").GetProperty("procedures").GetRawText().ReplaceLineEndings("\n");

    [Fact]
    public void An_await_is_an_event_whose_facts_say_whom_it_waits_on_who_records_the_answer_and_that_the_clock_stops()
    {
        var export = Export(Fixtures.Await);

        Assert.Equal("Elsa.Event", ExportedWorkflow.Type(export["giam-dinh"]));
        using var facts = JsonDocument.Parse(Facts(export["giam-dinh"]));
        var p = facts.RootElement;
        Assert.Equal(("Await", "Chủ tịch Ủy ban nhân dân cấp xã", "Hội đồng giám định y khoa tỉnh", true, 2m, "Months"),
            (p.GetProperty("kind").GetString(), p.GetProperty("unit").GetString(), p.GetProperty("agency").GetString(), p.GetProperty("stopsClock").GetBoolean(),
             p.GetProperty("timeLimit").GetProperty("amount").GetDecimal(), p.GetProperty("timeLimit").GetProperty("unit").GetString()));
        Assert.Equal("giam-dinh", JsonDocument.Parse(Facts(export["cap-giay"])).RootElement.GetProperty("timeLimitFrom").GetString());
        var check = JsonDocument.Parse(Facts(export["kiem-tra"])).RootElement.GetProperty("outcomeLimits").GetProperty("thieu");
        Assert.Equal((3m, "WorkingDays"), (check.GetProperty("amount").GetDecimal(), check.GetProperty("unit").GetString()));
    }

    [Fact]
    public void A_return_mid_way_keeps_the_outcome_and_says_the_phase_s_result_and_the_phases_travel_with_the_definition()
    {
        var export = Export(Fixtures.Phased);

        var midWay = export["tra-dot-1"];
        Assert.Equal("Variable.Outcome", midWay.GetProperty("value").GetProperty("expression").GetProperty("value").GetString());
        Assert.Equal("Quyết định hỗ trợ đợt 1", JsonDocument.Parse(Facts(midWay)).RootElement.GetProperty("phaseResult").GetString());
        Assert.Equal("Variable.Outcome ?? \"resolved\"", export["tra-ket-qua"].GetProperty("value").GetProperty("expression").GetProperty("value").GetString());
        var phases = export.Root.GetProperty("customProperties").GetProperty("procedures").GetProperty("phases");
        Assert.Equal(["dot-1", "dot-2"], phases.EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(["danh-sach", "quyet-dinh-2", "tra-ket-qua"], phases[1].GetProperty("steps").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("xac-minh", Export(Fixtures.AnchoredDeadline).Root.GetProperty("customProperties").GetProperty("procedures").GetProperty("timeLimitFrom").GetString());
    }
}
