using System.Text.Json;

namespace Procedures.Cli.Tests;

public class WorkflowCommandTests
{
    static string Copy(Cli cli)
    {
        File.Copy(Path.Combine(RepositoryFiles.ProceduresFolder, "viec-lam", "1.001978.proc"), cli.Write("procedures/viec-lam/1.001978.proc", ""), overwrite: true);
        return "procedures/viec-lam/1.001978.proc";
    }

    [Fact]
    public void Export_elsa_prints_an_Elsa_workflow_definition()
    {
        using var cli = new Cli();

        var run = cli.Run("export-elsa", Copy(cli));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("1.001978", json.RootElement.GetProperty("definitionId").GetString());
        Assert.Equal("Elsa.Flowchart", json.RootElement.GetProperty("root").GetProperty("type").GetString());
    }

    [Fact]
    public void Render_prints_a_Mermaid_flowchart_in_the_domain_s_words()
    {
        using var cli = new Cli();

        var run = cli.Run("render", Copy(cli));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("flowchart LR\n", run.Output);
        Assert.Contains("Thẩm định hồ sơ", run.Output);
    }

    [Fact]
    public void Simulate_prints_the_timeline_with_the_appointment_date()
    {
        using var cli = new Cli();

        var run = cli.Run("simulate", Copy(cli), "--submitted", "2026-02-12T16:00");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.Equal("Hồ sơ 000.19.30.H00-260212-0001 · 1.001978 phiên bản 1", lines[0][..lines[0].IndexOf(" (", StringComparison.Ordinal)]);
        Assert.Equal("Nộp 2026-02-12T16:00 · tiếp nhận 2026-02-12T16:00 · hẹn trả 2026-03-19T17:00 · Đã trả kết quả", lines[1]);
        Assert.Contains(" 3 | Thẩm định hồ sơ | Phòng Bảo hiểm thất nghiệp | nhận 2026-02-12T16:00 | hạn 2026-03-12T17:00 |", run.Output);
    }

    [Fact]
    public void Simulate_with_a_bad_date_says_how_to_write_it()
    {
        using var cli = new Cli();

        var run = cli.Run("simulate", Copy(cli), "--submitted", "12/02/2026");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("procedures: error: --submitted \"12/02/2026\" is not a date-time; write it as 2026-03-02T09:00\n", run.Error);
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
