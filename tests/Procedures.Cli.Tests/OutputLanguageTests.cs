namespace Procedures.Cli.Tests;

/// <summary>The command's own words follow --lang or the files' language; per-file messages keep each file's language.</summary>
public class OutputLanguageTests
{
    const string Vietnamese = "# language: vi\nthủ tục 1.000001 \"X\"\n      thời hạn 1 ngày làm việc\n";
    const string English = "# language: en\nprocedure 1.000002 \"Y\"\n      deadline 1 working day\n";

    [Fact]
    public void Help_is_Vietnamese_by_default_and_English_with_lang_en()
    {
        using var cli = new Cli();

        var vi = cli.Run("check", "--help");
        var en = cli.Run("check", "--help", "--lang", "en");

        Assert.Equal(0, vi.ExitCode);
        Assert.Equal("""
            Đọc và kiểm tra tệp thủ tục và dữ liệu lịch; mỗi lỗi in trên một dòng: đường-dẫn(dòng,cột): lỗi MÃ: nội dung.

            Cách dùng:
              procedures check [<paths>…] [tùy chọn]

            Tham số:
              <paths>  Tệp thủ tục, tệp dữ liệu lịch hoặc thư mục (mặc định: procedures).

            Tùy chọn:
              --lang <lang>  Ngôn ngữ của các dòng tổng kết: en hoặc vi (mặc định: ngôn ngữ của các tệp; vi khi có cả hai).
              -h, --help     Xem hướng dẫn này.

            """.Replace("\r\n", "\n"), vi.Output);
        Assert.StartsWith("Read and check procedure files and calendar data;", en.Output);
        Assert.Contains("\nUsage:\n  procedures check [<paths>…] [options]\n", en.Output);
        Assert.Contains("\n  -h, --help     Show this help.\n", en.Output);
    }

    [Fact]
    public void The_command_list_is_Vietnamese_by_default_and_English_with_lang_en()
    {
        using var cli = new Cli();

        var vi = cli.Run("--help");
        var en = cli.Run("--help", "--lang", "en");

        Assert.Equal(new CliRun(0, """
            Thủ tục hành chính lĩnh vực lao động, xã hội: kiểm tra, trình bày, lịch làm việc, biên dịch và chạy thử.

            Cách dùng:
              procedures <lệnh> [tùy chọn]

            Tùy chọn:
              -h, --help  Xem hướng dẫn này.
              --version   Xem phiên bản.

            Lệnh:
              check        Đọc và kiểm tra tệp thủ tục và dữ liệu lịch; mỗi lỗi in trên một dòng: đường-dẫn(dòng,cột): lỗi MÃ: nội dung.
              fmt          Viết lại tệp thủ tục theo cách trình bày chuẩn, có thể dịch từ khóa sang bộ kia.
              calendar     Lịch ngày làm việc của Việt Nam.
              export-elsa  In thủ tục dưới dạng định nghĩa quy trình Elsa 3 (JSON).
              render       In sơ đồ quy trình của thủ tục dưới dạng Mermaid.
              simulate     Chạy thử một hồ sơ qua thủ tục theo đồng hồ giả lập và in phiếu kiểm soát quá trình giải quyết.

            """.Replace("\r\n", "\n"), ""), vi);
        Assert.Equal(new CliRun(0, """
            Vietnam's labour and social administrative procedures: check, format, calendar, compile and simulate.

            Usage:
              procedures <commands> [options]

            Options:
              -h, --help  Show this help.
              --version   Show the version.

            Commands:
              check        Read and check procedure files and calendar data; print each problem as path(line,col): error CODE: message.
              fmt          Rewrite procedure files in the canonical layout, optionally translating their keywords.
              calendar     The Vietnamese working-day calendar.
              export-elsa  Print the procedure as an Elsa 3 workflow definition (JSON).
              render       Print the procedure's flowchart as Mermaid.
              simulate     Run one dossier through the procedure on a simulated clock and print its timeline.

            """.Replace("\r\n", "\n"), ""), en);
    }

    /// <summary>Letters only Vietnamese has: a description without one is not Vietnamese.</summary>
    const string VietnameseLetters = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúýãõĩũ";

    [Theory]
    [InlineData("check")]
    [InlineData("fmt")]
    [InlineData("calendar")]
    [InlineData("calendar", "holidays")]
    [InlineData("calendar", "add")]
    [InlineData("export-elsa")]
    [InlineData("render")]
    [InlineData("simulate")]
    public void Every_description_of_every_command_is_in_Vietnamese_by_default(params string[] command)
    {
        using var cli = new Cli();

        var run = cli.Run([.. command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        var rows = lines.Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("  procedures", StringComparison.Ordinal))
            .Select(l => l.TrimStart()).Select(l => l[(l.IndexOf("  ", StringComparison.Ordinal) + 2)..].Trim()).Prepend(lines[0]).ToArray();
        Assert.All(rows, row => Assert.True(row.IndexOfAny(VietnameseLetters.ToCharArray()) >= 0, $"not Vietnamese: {row}"));
        foreach (var english in new[] { " the ", "The ", "Show ", "Print ", "List ", "Folder ", "Run ", "When ", "Repeatable", " or " })
            Assert.DoesNotContain(english, run.Output);
    }

    [Theory]
    [InlineData("export-elsa", "\n  <file>  A procedure file.\n", "\n  --lang <lang>                    The language of the command's own errors: en or vi (default: the file's).\n")]
    [InlineData("simulate", "\n  <file>  A procedure file.\n", "\n  --calendar <dir>         Folder of calendar data files (default: the nearest calendar/ folder beside or above the file).\n")]
    public void Lang_en_gives_the_English_help_of_every_command(string command, string argument, string option)
    {
        using var cli = new Cli();

        var run = cli.Run(command, "--help", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(argument, run.Output);
        Assert.Contains(option, run.Output);
    }

    [Fact]
    public void The_bare_command_prints_the_list_of_commands()
    {
        using var cli = new Cli();

        var run = cli.Run();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\nLệnh:\n  check ", run.Output);
        Assert.Contains("\n  fmt ", run.Output);
    }

    [Theory]
    [InlineData(new[] { "check", "--frob" }, "procedures: lỗi: không có tùy chọn \"--frob\"; xem \"procedures check --help\"\n")]
    [InlineData(new[] { "check", "--frob", "--lang", "en" }, "procedures: error: unknown option \"--frob\"; see \"procedures check --help\"\n")]
    [InlineData(new[] { "fmt", "--check", "--frob" }, "procedures: lỗi: không có tùy chọn \"--frob\"; xem \"procedures fmt --help\"\n")]
    [InlineData(new[] { "check", "--lang", "fr" }, "procedures: lỗi: --lang \"fr\" không phải một trong: en, vi\n")]
    [InlineData(new[] { "kiem-tra" }, "procedures: lỗi: không có lệnh \"kiem-tra\"; xem \"procedures --help\"\n")]
    [InlineData(new[] { "render" }, "procedures: lỗi: thiếu <file>; xem \"procedures render --help\"\n")]
    public void Bad_arguments_are_one_line_each_and_exit_2(string[] arguments, string expected)
    {
        using var cli = new Cli();

        var run = cli.Run(arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Check_sums_up_in_the_files_language_and_in_Vietnamese_when_they_mix()
    {
        using var cli = new Cli();
        cli.Write("procedures/vi/x.proc", Vietnamese);
        cli.Write("procedures/en/y.proc", English);

        var vi = cli.Run("check", "procedures/vi/x.proc");
        var en = cli.Run("check", "procedures/en/y.proc");
        var mixed = cli.Run("check", "procedures/vi/x.proc", "procedures/en/y.proc");
        var chosen = cli.Run("check", "procedures/vi/x.proc", "--lang", "en");

        Assert.EndsWith("\n5 tệp, 1 thủ tục: 9 lỗi, 0 cảnh báo\n", vi.Output);
        Assert.EndsWith("\n5 files, 1 procedure: 9 errors, 0 warnings\n", en.Output);
        Assert.EndsWith("\n6 tệp, 2 thủ tục: 18 lỗi, 0 cảnh báo\n", mixed.Output);
        Assert.EndsWith("\n5 files, 1 procedure: 9 errors, 0 warnings\n", chosen.Output);
        Assert.Contains("error PRC2017: thủ tục 1.000001 chưa có lĩnh vực;", chosen.Output);
    }

    [Fact]
    public void Fmt_speaks_the_files_language()
    {
        using var cli = new Cli();
        cli.Write("procedures/x.proc", Vietnamese);

        var check = cli.Run("fmt", "procedures/x.proc", "--check");
        var write = cli.Run("fmt", "procedures/x.proc");

        Assert.Equal(1, check.ExitCode);
        Assert.Equal("procedures/x.proc: chưa đúng cách trình bày chuẩn\n1 tệp: 1 sẽ thay đổi, 0 không đổi, 0 có lỗi cú pháp\n", check.Output);
        Assert.Equal(0, write.ExitCode);
        Assert.Equal("procedures/x.proc: đã trình bày lại\n1 tệp: 1 đã trình bày lại, 0 không đổi, 0 có lỗi cú pháp\n", write.Output);
    }
}
