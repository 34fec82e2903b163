namespace Procedures.Cli.Tests;

public class FormatCommandTests
{
    const string Untidy = "# language: en\nprocedure 1.000001 \"X\"\n      deadline 1 working days\n";

    [Fact]
    public void Check_exits_1_and_changes_nothing_when_a_file_is_not_canonical()
    {
        using var cli = new Cli();
        cli.Write("procedures/x.proc", Untidy);

        var run = cli.Run("fmt", "procedures/x.proc", "--check");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("procedures/x.proc: not in the canonical layout\n1 file: 1 would change, 0 unchanged, 0 with syntax errors\n", run.Output);
        Assert.Equal(Untidy, cli.Read("procedures/x.proc"));
    }

    [Fact]
    public void Fmt_rewrites_in_place_and_then_check_passes()
    {
        using var cli = new Cli();
        cli.Write("procedures/x.proc", Untidy);

        var first = cli.Run("fmt", "procedures/x.proc");
        var second = cli.Run("fmt", "procedures/x.proc", "--check");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("# language: en\nprocedure 1.000001 \"X\"\n  deadline 1 working day\n", cli.Read("procedures/x.proc"));
        Assert.Equal(0, second.ExitCode);
    }

    [Fact]
    public void Lang_vi_translates_the_keywords()
    {
        using var cli = new Cli();
        cli.Write("procedures/x.proc", Untidy);

        cli.Run("fmt", "procedures/x.proc", "--lang", "vi");

        Assert.Equal("# language: vi\nthủ tục 1.000001 \"X\"\n  thời hạn 1 ngày làm việc\n", cli.Read("procedures/x.proc"));
    }

    [Fact]
    public void A_file_with_syntax_errors_is_left_alone_and_its_errors_are_shown()
    {
        using var cli = new Cli();
        cli.Write("procedures/x.proc", "# language: en\nprocedure 1.000001 \"X\n");

        var run = cli.Run("fmt", "procedures/x.proc");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("procedures/x.proc(2,20): error PRC1002: text is not closed; add \" at the end\n1 file: 0 formatted, 0 unchanged, 1 with syntax errors\n", run.Output);
        Assert.Equal("# language: en\nprocedure 1.000001 \"X\n", cli.Read("procedures/x.proc"));
    }
}
