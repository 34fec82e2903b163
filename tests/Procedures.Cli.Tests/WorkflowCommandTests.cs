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

        var run = cli.Run(command, "procedures/nope.proc");

        Assert.Equal(new CliRun(2, "", "procedures: error: no such file \"procedures/nope.proc\"\n"), run);
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
