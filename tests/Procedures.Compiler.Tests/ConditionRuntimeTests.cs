using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Procedures.Expressions;
using Procedures.Language;
using Procedures.Language.Text;
using Procedures.Runtime;
using Procedures.Runtime.Conditions;
using Procedures.Runtime.Messages;
using Procedures.Runtime.Simulation;
using Procedures.Runtime.State;
using Procedures.Workflows;
using Procedures.Workflows.Versioning;

namespace Procedures.Compiler.Tests;

/// <summary>
/// Conditions at run time: a branch decidable from the dossier's data goes on by itself and records what it read; a
/// document condition decides the checklist; data that does not match the declaration is refused whole.
/// </summary>
public class ConditionRuntimeTests
{
    static readonly Lazy<WorkflowDefinition> Definition = new(Compile);

    /// <summary>Unemployment benefit with an age branch after appraisal and a document asked only of older applicants.</summary>
    static WorkflowDefinition Compile()
    {
        var text = Fixtures.Text(Fixtures.Unemployment)
            .Replace("\ndocuments\n", "\ndata\n  Age \"Tuổi của người lao động\" whole number\n  Reason \"Lý do chấm dứt hợp đồng\" one of \"hết hạn\", \"thôi việc\" optional\n\ndocuments\n")
            .Replace("  \"Sổ bảo hiểm xã hội\" 1 original", "  \"Sổ bảo hiểm xã hội\" 1 original\n  so-huu-tri \"Giấy xác nhận chưa hưởng lương hưu\" 1 original when `Age >= 60`")
            .Replace("    sufficient -> xac-nhan", "    sufficient -> tuoi")
            .Replace("  consult xac-nhan", "  branch tuoi \"Từ 60 tuổi trở lên?\" if `Age >= 60 && Reason != \"hết hạn\"`\n    yes -> xac-nhan\n    no -> xac-nhan\n  consult xac-nhan");
        var compilation = Compilation.Create(Fixtures.Catalogue().Append(new SourceFile("test.proc", text)));
        Assert.Empty(compilation.Diagnostics.Select(d => d.ToString()));
        var definition = ProcedureCompiler.CompileAll(compilation).Single().Definition;
        return new DefinitionStore().Publish(definition!).Definition;
    }

    static ImmutableSortedDictionary<string, JsonElement> Data(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!.ToImmutableSortedDictionary(StringComparer.Ordinal);

    static SimulationResult Simulate(string json, CompiledConditionEvaluator evaluator) =>
        new DossierSimulation(FixtureProcedures.Calendar, evaluator)
            .Run(Definition.Value, new LocalDateTime(2026, 3, 2, 9, 0), [], SimulationOptions.Default with { Data = Data(json) });

    [Fact]
    public void A_branch_decidable_from_the_data_goes_on_by_itself_and_records_what_it_read()
    {
        using var evaluator = new CompiledConditionEvaluator(new ConditionCache());

        var older = Simulate("""{"Age": 61, "Reason": "thôi việc"}""", evaluator).Instance!;
        var younger = Simulate("""{"Age": 35}""", evaluator).Instance!;

        var decided = Assert.Single(older.Journal, e => e.Event == JournalEvent.ConditionEvaluated);
        Assert.Equal("True", decided.Outcome);
        Assert.Equal("Age >= 60 && Reason != \"hết hạn\" · Age = 61; Reason = \"thôi việc\"", decided.Note);
        Assert.Equal("False", Assert.Single(younger.Journal, e => e.Event == JournalEvent.ConditionEvaluated).Outcome);
        Assert.Equal("Age >= 60 && Reason != \"hết hạn\" · Age = 35; Reason = (không có)",
            Assert.Single(younger.Journal, e => e.Event == JournalEvent.ConditionEvaluated).Note);
    }

    [Fact]
    public void A_document_condition_decides_the_checklist_a_dossier_must_have()
    {
        using var evaluator = new CompiledConditionEvaluator(new ConditionCache());

        var older = Simulate("""{"Age": 61}""", evaluator).Instance!;
        var younger = Simulate("""{"Age": 35}""", evaluator).Instance!;

        Assert.Equal(["request", "quyet-dinh-cham-dut-hdld", "so-bhxh", "so-huu-tri"], older.Checklist.Select(d => d.DocumentId));
        Assert.Equal(["request", "quyet-dinh-cham-dut-hdld", "so-bhxh"], younger.Checklist.Select(d => d.DocumentId));
        Assert.DoesNotContain(older.Checklist, d => d.Undecided);
    }

    [Fact]
    public void Without_the_data_a_branch_waits_for_an_officer_and_the_document_is_marked_for_checking()
    {
        using var evaluator = new CompiledConditionEvaluator(new ConditionCache());
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));
        var runtime = new DossierRuntime(FixtureProcedures.Calendar, clock, evaluator);

        var started = runtime.Start(Definition.Value, new StartRequest("HS-1")).Instance!;
        var received = runtime.Resume(Definition.Value, started, new Runtime.Stimuli.OfficerDecision("tiep-nhan", "Received"), "000.00.12.H26-260302-0001").Instance!;
        var appraised = runtime.Resume(Definition.Value, received, new Runtime.Stimuli.OfficerDecision("tham-dinh", "sufficient")).Instance!;

        Assert.True(Assert.Single(started.Checklist, d => d.DocumentId == "so-huu-tri").Undecided);
        var waiting = Assert.Single(appraised.ActiveSteps);
        Assert.Equal("tuoi", waiting.ActivityId);
        Assert.Equal("Age >= 60 && Reason != \"hết hạn\"", Assert.Single(waiting.Bookmarks).Prompt);
    }

    [Fact]
    public void Data_that_does_not_match_the_declaration_is_refused_whole_in_the_caller_s_language()
    {
        using var evaluator = new CompiledConditionEvaluator(new ConditionCache());
        var runtime = new DossierRuntime(FixtureProcedures.Calendar, new ManualClock(DateTimeOffset.UnixEpoch.AddYears(56)), evaluator);

        var refused = runtime.Start(Definition.Value, new StartRequest("HS-2", Data: Data("""{"Reason": "nghỉ hưu", "Tuoi": 61}""")));

        Assert.False(refused.Accepted);
        Assert.Null(refused.Instance);
        Assert.Equal("PRC5040", refused.Refusal!.Code);
        Assert.Equal("the dossier's data does not match what procedure 1.001978 declares: \"Tuoi\" is not a field of the procedure's data; "
            + "\"Age\" (Tuổi của người lao động) is required; \"Reason\" must be one of: \"hết hạn\", \"thôi việc\"", refused.Message(MessageLanguage.English));
        Assert.Equal("dữ liệu hồ sơ không khớp với khai báo của thủ tục 1.001978: \"Tuoi\" không phải trường dữ liệu của thủ tục; "
            + "thiếu \"Age\" (Tuổi của người lao động); \"Reason\" phải là một trong: \"hết hạn\", \"thôi việc\"", refused.Message(MessageLanguage.Vietnamese));
    }

    [Fact]
    public void Every_repository_procedure_s_conditions_compile_into_one_assembly()
    {
        using var evaluator = new CompiledConditionEvaluator(new ConditionCache());

        foreach (var definition in RepositoryProcedures.All.Values)
            Assert.NotNull(evaluator.Conditions(definition));
    }
}
