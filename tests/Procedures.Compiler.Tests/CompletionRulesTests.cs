using System.Text.Json.Nodes;
using NodaTime;
using Procedures.Elsa;
using Procedures.Language;
using Procedures.Language.Text;
using Procedures.Runtime.Messages;
using Procedures.Runtime.Simulation;
using Procedures.Runtime.State;
using Procedures.Workflows;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Facts;
using Procedures.Workflows.Rendering;

namespace Procedures.Compiler.Tests;

/// <summary>
/// A procedure's own rule on requests to complete, from its line to the compiled facts, the review text, the Elsa export
/// and the dossier the runtime runs: the sector law in place of the one-stop default (Decree 61/2018 Art. 19).
/// </summary>
public sealed class CompletionRulesTests
{
    static readonly DossierSimulation Simulation = new(FixtureProcedures.Calendar);

    /// <summary>The frozen unemployment procedure with <paramref name="lines"/> after its deadline.</summary>
    static WorkflowDefinition Unemployment(string lines)
    {
        var text = Fixtures.Text(Fixtures.Unemployment).Replace("  deadline 20 working days\n", "  deadline 20 working days\n" + lines, StringComparison.Ordinal);
        var compilation = Compilation.Create(Fixtures.Catalogue().Append(new SourceFile("test.proc", text)));
        Assert.Empty(compilation.Diagnostics.Select(d => d.ToString()));
        return ProcedureCompiler.CompileAll(compilation).Single().Definition!;
    }

    const string Restarts = "  completion restarts the deadline per \"Nghị định 28/2015/NĐ-CP\" article 17\n";
    const string Repeats = "  completion may be requested again per \"38/2013/QH13\"\n";

    [Fact]
    public void The_compiled_facts_carry_the_cited_rules_and_each_request_the_agency_that_asks()
    {
        var definition = Unemployment(Restarts + Repeats);

        Assert.Equal(new CompletionRules(new LegalCitation("Nghị định 28/2015/NĐ-CP", "17"), new LegalCitation("38/2013/QH13")), definition.Facts.Completion);
        Assert.Equal(CompletionRules.OneStopDefault, FixtureProcedures.All["1.001978"].Facts.Completion);
        var requests = definition.Root.Activities.OfType<CompletionRequestActivity>().ToDictionary(a => a.Id, a => a.Agency);
        Assert.Equal("Trung tâm Dịch vụ việc làm", requests["tham-dinh--bo-sung"]);
        Assert.Equal("Trung tâm Dịch vụ việc làm", requests["tiep-nhan--bo-sung"]);
    }

    [Fact]
    public void The_review_text_states_the_rules_with_their_law()
    {
        var text = DefinitionTextRenderer.Render(Unemployment(Restarts + Repeats));

        Assert.Contains("| Bổ sung hồ sơ: thời hạn tính lại (completion restarts the deadline) | theo Nghị định 28/2015/NĐ-CP, Điều 17 |\n", text);
        Assert.Contains("| Bổ sung hồ sơ: yêu cầu nhiều lần (completion may be requested again) | theo 38/2013/QH13 |\n", text);
        Assert.DoesNotContain("Bổ sung hồ sơ:", DefinitionTextRenderer.Render(FixtureProcedures.All["1.001978"]));
    }

    [Fact]
    public void The_Elsa_export_carries_the_rules_in_its_custom_properties_and_only_when_stated()
    {
        var definition = Unemployment(Restarts);

        var builtins = JsonNode.Parse(ElsaExporter.Export(definition))!["customProperties"]!["procedures"]!;
        var procedures = JsonNode.Parse(ElsaExporter.Export(definition, ElsaProfile.Procedures))!["customProperties"]!;
        var plain = JsonNode.Parse(ElsaExporter.Export(FixtureProcedures.All["1.001978"]))!["customProperties"]!["procedures"]!;

        Assert.Equal("""{"restartsDeadline":{"law":"Nghị định 28/2015/NĐ-CP","article":"17"}}""",
            builtins["completion"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal("Nghị định 28/2015/NĐ-CP, Điều 17", (string?)procedures["completionRestartsDeadline"]);
        Assert.Null(procedures["completionMayRepeat"]);
        Assert.Null(plain["completion"]);
    }

    [Fact]
    public void A_sector_law_that_restarts_the_deadline_is_honoured_by_the_running_dossier()
    {
        // Received Monday 2 March 2026 at 09:00, asked at once, completed Tuesday 3 March at 09:00: the 20 working days
        // count again from the completion (due Tuesday 31 March 11:30 from its afternoon), not from the receipt moved by a day.
        var (restarted, error) = Simulation.Run(Unemployment(Restarts), new LocalDateTime(2026, 3, 2, 9, 0), ["Received", "insufficient", "sufficient"]);

        Assert.Null(error);
        Assert.Equal(new LocalDateTime(2026, 3, 3, 9, 0), restarted!.DeadlineStartedAt);
        Assert.Equal(FixtureProcedures.Calendar.Add(new LocalDateTime(2026, 3, 3, 9, 0), Calendar.TimeLimit.WorkingDays(20)), restarted.DueAt);
        Assert.Contains("theo Nghị định 28/2015/NĐ-CP Điều 17", restarted.Journal.Single(e => e.Event == JournalEvent.DossierCompleted).Note);
    }

    [Fact]
    public void A_sector_law_that_allows_more_requests_lets_the_same_agency_ask_twice()
    {
        var path = new[] { "Received", "insufficient", "insufficient", "sufficient" };

        var (oneStop, refused) = Simulation.Run(FixtureProcedures.All["1.001978"], new LocalDateTime(2026, 3, 2, 9, 0), path);
        var (sector, error) = Simulation.Run(Unemployment(Repeats), new LocalDateTime(2026, 3, 2, 9, 0), path);

        Assert.Equal("PRC5120", refused!.Code);
        Assert.False(oneStop!.IsFinished);
        Assert.Null(error);
        Assert.True(sector!.IsFinished);
        Assert.Equal(2, sector.CompletionRequests.Count(r => !r.AtReceipt));
        Assert.Equal("the dossier was already given guidance to complete it at receipt on 2026-03-02; guidance is given once, in full (Decree 61/2018/NĐ-CP Art. 15, 17): receive the dossier, or refuse it with the reasons",
            Simulation.Run(FixtureProcedures.All["1.001978"], new LocalDateTime(2026, 3, 2, 9, 0), ["Incomplete", "Incomplete"]).Error!.Message(MessageLanguage.English));
    }
}
