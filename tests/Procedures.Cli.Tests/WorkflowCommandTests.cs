using System.Text.Json;

namespace Procedures.Cli.Tests;

public class WorkflowCommandTests
{
    const string Unemployment = "viec-lam/1.001978.proc";

    [Fact]
    public void Export_elsa_prints_an_Elsa_workflow_definition()
    {
        using var cli = new Cli();

        var run = cli.Run("export-elsa", cli.CopyFixture(Unemployment));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("1.001978", json.RootElement.GetProperty("definitionId").GetString());
        Assert.Equal("Elsa.Flowchart", json.RootElement.GetProperty("root").GetProperty("type").GetString());
    }

    [Fact]
    public void Export_elsa_maps_onto_Elsa_s_built_in_activities_by_default_as_version_1_published()
    {
        using var cli = new Cli();
        var file = cli.CopyFixture(Unemployment);

        var byDefault = cli.Run("export-elsa", file);
        var named = cli.Run("export-elsa", file, "--profile", "builtins");

        Assert.Equal(0, byDefault.ExitCode);
        Assert.Equal(byDefault, named);
        using var json = JsonDocument.Parse(byDefault.Output);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.True(root.GetProperty("isPublished").GetBoolean());
        Assert.True(root.GetProperty("isLatest").GetBoolean());
        Assert.Equal("3.7.1.0", root.GetProperty("toolVersion").GetString());
        var types = root.GetProperty("root").GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("type").GetString()!).Distinct().Order();
        Assert.Equal(["Elsa.End", "Elsa.Event", "Elsa.FlowSwitch", "Elsa.SetVariable", "Elsa.Start"], types);
    }

    [Fact]
    public void Export_elsa_profile_procedures_keeps_one_Procedures_activity_per_step()
    {
        using var cli = new Cli();

        var run = cli.Run("export-elsa", cli.CopyFixture(Unemployment), "--profile", "procedures");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        var types = json.RootElement.GetProperty("root").GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("type").GetString()).ToArray();
        Assert.Contains("Procedures.Receipt", types);
        Assert.Contains("Procedures.Consultation", types);
    }

    [Theory]
    [InlineData(new string[0], "procedures: lỗi: --profile \"elsa\" không phải một trong: builtins, procedures\n")]
    [InlineData(new[] { "--lang", "en" }, "procedures: error: --profile \"elsa\" is not one of: builtins, procedures\n")]
    public void An_unknown_profile_is_one_line_and_exit_code_2(string[] lang, string expected)
    {
        using var cli = new Cli();

        var run = cli.Run(["export-elsa", cli.CopyFixture(Unemployment), "--profile", "elsa", .. lang]);

        Assert.Equal(new CliRun(2, "", expected), run);
    }

    [Fact]
    public void Render_prints_a_Mermaid_flowchart_in_the_domain_s_words()
    {
        using var cli = new Cli();

        var run = cli.Run("render", cli.CopyFixture(Unemployment));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("flowchart LR\n", run.Output);
        Assert.Contains("Thẩm định hồ sơ", run.Output);
    }

    [Theory]
    [InlineData("export-elsa")]
    [InlineData("render")]
    public void A_missing_file_is_exit_code_2_as_in_check_and_simulate(string command)
    {
        using var cli = new Cli();

        var vi = cli.Run(command, "procedures/nope.proc");
        var en = cli.Run(command, "procedures/nope.proc", "--lang", "en");

        Assert.Equal(new CliRun(2, "", "procedures: lỗi: không có tệp \"procedures/nope.proc\"\n"), vi);
        Assert.Equal(new CliRun(2, "", "procedures: error: no such file \"procedures/nope.proc\"\n"), en);
    }

    [Theory]
    [InlineData("export-elsa")]
    [InlineData("render")]
    public void A_file_holding_no_procedure_is_exit_code_1_in_the_file_s_language_or_lang(string command)
    {
        using var cli = new Cli();
        cli.Write("procedures/v.proc", "# language: vi\n# chưa có gì\n");
        cli.Write("procedures/e.proc", "# language: en\n# nothing yet\n");

        var vi = cli.Run(command, "procedures/v.proc");
        var en = cli.Run(command, "procedures/e.proc");
        var chosen = cli.Run(command, "procedures/v.proc", "--lang", "en");

        Assert.Equal(1, vi.ExitCode);
        Assert.Equal("", vi.Output);
        Assert.EndsWith("\nprocedures: lỗi: tệp \"procedures/v.proc\" không chứa thủ tục nào\n", vi.Error);
        Assert.Equal(1, en.ExitCode);
        Assert.EndsWith("\nprocedures: error: \"procedures/e.proc\" holds no procedure\n", en.Error);
        Assert.Equal(1, chosen.ExitCode);
        Assert.EndsWith("\nprocedures: error: \"procedures/v.proc\" holds no procedure\n", chosen.Error);
    }

    [Theory]
    [InlineData(new[] { "render", "procedures/x.proc", "--frob" }, "procedures: lỗi: không có tùy chọn \"--frob\"; xem \"procedures render --help\"\n")]
    [InlineData(new[] { "export-elsa", "procedures/x.proc", "--lang", "fr" }, "procedures: lỗi: --lang \"fr\" không phải một trong: en, vi\n")]
    [InlineData(new[] { "export-elsa", "--lang", "en" }, "procedures: error: <file> is missing; see \"procedures export-elsa --help\"\n")]
    public void Bad_arguments_are_one_line_and_exit_code_2(string[] arguments, string expected)
    {
        using var cli = new Cli();

        Assert.Equal(new CliRun(2, "", expected), cli.Run(arguments));
    }

    [Fact]
    public void Export_of_a_broken_file_prints_its_errors_and_exits_1()
    {
        using var cli = new Cli();
        cli.Write("procedures/x.proc", "# language: en\nprocedure 1.000001 \"X\"\n");

        var run = cli.Run("export-elsa", "procedures/x.proc");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("procedures/x.proc(2,1): error PRC2017: procedure 1.000001 does not say its field; add a \"field\" line\n", run.Error);
    }
}
