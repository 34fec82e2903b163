using System.Text.Json;
using Procedures.Compiler;
using Procedures.Elsa;
using Procedures.Language;
using Procedures.Language.Syntax;
using Procedures.Language.Text;
using Procedures.Workflows;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Versioning;

namespace Procedures.Compiler.Tests;

public class CompilerTests
{
    static string Unemployment => Fixtures.Text(Fixtures.Unemployment);

    static (WorkflowDefinition? Definition, string[] Lines) Compile(string text)
    {
        var compilation = Compilation.Create(Fixtures.Catalogue().Append(new SourceFile("test.proc", text)));
        Assert.Empty(compilation.Diagnostics.Select(d => d.ToString()));
        var compiled = ProcedureCompiler.CompileAll(compilation).Single();
        return (compiled.Definition, compiled.Diagnostics.Select(d => d.ToString()).ToArray());
    }

    [Fact]
    public void Steps_whose_ids_differ_only_in_diacritics_are_reported_PRC3001()
    {
        var text = Unemployment.Replace("step trinh \"Trình ký quyết định\"", "step Trình \"Trình ký quyết định\"");
        text = text.Replace("step quyet-dinh \"Ký", "step trinh \"Ký").Replace("approve -> tra-ket-qua", "approve -> tra-ket-qua");

        var (definition, lines) = Compile(text);

        Assert.Null(definition);
        Assert.Equal(["test.proc(33,3): error PRC3001: steps \"Trình\" and \"trinh\" would share the workflow id \"trinh\"; rename one"], lines);
    }

    [Theory]
    [InlineData(KeywordLanguage.English, "test.proc(3,1): error PRC3002: procedure 1.001978 compiles to an invalid workflow: a connection enters unknown activity \"ket-thuc-moi\"")]
    [InlineData(KeywordLanguage.Vietnamese, "test.proc(3,1): error PRC3002: thủ tục 1.001978 biên dịch ra quy trình không hợp lệ: a connection enters unknown activity \"ket-thuc-moi\"")]
    public void A_workflow_the_validator_rejects_is_reported_PRC3002_and_not_returned(KeywordLanguage language, string expected)
    {
        var compilation = Compilation.Create(Fixtures.Catalogue().Append(new SourceFile("test.proc", Unemployment)));
        var procedure = compilation.Procedures.Single();
        var (sound, _) = ProcedureCompiler.Compile(procedure, language);
        var dangling = sound! with
        {
            Root = sound.Root with
            {
                Connections = [.. sound.Root.Connections.Select(c => c.Target.Activity == ProcedureCompiler.EndId ? c with { Target = c.Target with { Activity = "ket-thuc-moi" } } : c)],
            },
        };

        var (definition, diagnostics) = ProcedureCompiler.Validated(dangling, procedure, new(procedure.Path, language));

        Assert.Null(definition);
        Assert.Equal([expected], diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Activity_ids_come_from_step_ids_and_survive_a_new_version()
    {
        var (v1, _) = Compile(Unemployment);
        var (v2, _) = Compile(Unemployment.Replace("\"Thẩm định hồ sơ\"", "\"Thẩm định hồ sơ đề nghị\""));
        var store = new DefinitionStore();

        var first = store.Publish(v1!).Definition;
        var second = store.Publish(v2!).Definition;

        Assert.Equal(1, first.Version.Sequence);
        Assert.Equal(2, second.Version.Sequence);
        Assert.NotEqual(first.Version.ContentHash, second.Version.ContentHash);
        Assert.Equal(first.Root.Activities.Select(a => a.Id), second.Root.Activities.Select(a => a.Id));
        Assert.Equal(
            ["bat-dau", "tiep-nhan", "tiep-nhan--bo-sung", "tiep-nhan--tu-choi", "tham-dinh", "tham-dinh--bo-sung", "tham-dinh--tu-choi",
             "xac-nhan", "trinh", "quyet-dinh", "quyet-dinh--tu-choi", "tra-ket-qua", "ket-thuc"],
            first.Root.Activities.Select(a => a.Id));
    }

    [Fact]
    public void Completion_goes_back_to_the_step_that_asked_and_a_later_refusal_is_returned_through_the_one_stop_office()
    {
        var (definition, _) = Compile(Unemployment);
        var connections = definition!.Root.Connections.Select(c => $"{c.Source.Activity}/{c.Source.Port} -> {c.Target.Activity}").ToArray();

        Assert.Contains("tham-dinh/insufficient -> tham-dinh--bo-sung", connections);
        Assert.Contains("tham-dinh--bo-sung/Completed -> tham-dinh", connections);
        Assert.Contains("tham-dinh--tu-choi/Done -> tra-ket-qua", connections);
        Assert.DoesNotContain(connections, c => c.StartsWith("tiep-nhan--tu-choi/", StringComparison.Ordinal));
        Assert.IsType<ConsultationActivity>(definition.Root.Activities.Single(a => a.Id == "xac-nhan"));
    }

    public static TheoryData<string> Codes() => RepositoryProcedures.Codes();

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_procedure_exports_with_the_property_layout_of_a_real_Elsa_definition(string code)
    {
        using var reference = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "Procedures.Runtime.Tests", "Data", "fork-decision-join-converge.json")));
        using var export = JsonDocument.Parse(ElsaExporter.Export(RepositoryProcedures.All[code]));

        Assert.Equal(Names(reference.RootElement), Names(export.RootElement));
        Assert.Equal(Names(reference.RootElement.GetProperty("root")), Names(export.RootElement.GetProperty("root")));
        foreach (var activity in export.RootElement.GetProperty("root").GetProperty("activities").EnumerateArray())
        {
            Assert.Equal(code, export.RootElement.GetProperty("definitionId").GetString());
            Assert.True(activity.GetProperty("metadata").GetProperty("designer").TryGetProperty("position", out _));
        }
    }

    static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).Where(n => n != "description").ToArray();
}
