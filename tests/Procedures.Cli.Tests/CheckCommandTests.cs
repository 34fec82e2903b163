namespace Procedures.Cli.Tests;

public class CheckCommandTests
{
    const string Broken = """
        # language: vi
        thủ tục 1.00197 "Thử"
          lĩnh vực "Việc làm"
          cấp tỉnh
          cơ quan "Trung tâm Dich vu viec lam"
          kết quả "chưa đóng
        """;

    [Fact]
    public void A_clean_folder_exits_0_with_a_summary()
    {
        using var cli = new Cli();
        File.Copy(Fixtures.PathOf(Fixtures.Unemployment), cli.Write("procedures/viec-lam/1.001978.proc", ""), overwrite: true);

        var run = cli.Run("check", "procedures");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("10 files, 1 procedure: 0 errors, 0 warnings\n", run.Output);
    }

    [Fact]
    public void A_broken_file_gets_located_coded_lines_and_exit_1_never_a_stack_trace()
    {
        using var cli = new Cli();
        cli.Write("procedures/thu.proc", Broken.Replace("\r\n", "\n"));

        var run = cli.Run("check", "procedures/thu.proc");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal("""
            procedures/thu.proc(2,1): error PRC2017: thủ tục 1.00197 chưa có đối tượng thực hiện; thêm dòng "đối tượng thực hiện"
            procedures/thu.proc(2,1): error PRC2017: thủ tục 1.00197 chưa có cách thức thực hiện; thêm dòng "cách thức"
            procedures/thu.proc(2,1): error PRC2017: thủ tục 1.00197 chưa có thời hạn giải quyết; thêm dòng "thời hạn"
            procedures/thu.proc(2,1): error PRC2017: thủ tục 1.00197 chưa có căn cứ pháp lý; thêm dòng "căn cứ"
            procedures/thu.proc(2,1): error PRC2017: thủ tục 1.00197 chưa có thành phần hồ sơ; thêm dòng "thành phần hồ sơ"
            procedures/thu.proc(2,1): error PRC2017: thủ tục 1.00197 chưa có trình tự thực hiện; thêm dòng "trình tự"
            procedures/thu.proc(2,9): error PRC2013: mã thủ tục "1.00197" sai dạng; cần một chữ số, dấu chấm và sáu chữ số, ví dụ 1.001978
            procedures/thu.proc(5,11): error PRC2003: không có cơ quan "Trung tâm Dich vu viec lam"; có phải "Trung tâm Dịch vụ việc làm"?
            procedures/thu.proc(6,11): error PRC1002: chuỗi chưa được đóng; thêm dấu " ở cuối
            5 tệp, 1 thủ tục: 9 lỗi, 0 cảnh báo

            """.Replace("\r\n", "\n"), run.Output);
    }

    [Fact]
    public void The_calendar_data_beside_the_procedures_is_checked_too()
    {
        using var cli = new Cli();
        cli.Write("procedures/calendar/2026.txt", "tet 2026-02-16..2026-02-20\nnational-day 2026-09-01\nwork 2026-04-30 Làm bù\n");
        cli.Write("procedures/calendar/office-hours.txt", "morning 07:30-11:30\nafternoon 13:00-17:00\ncutoff 3pm\n");

        var folder = cli.Run("check", "procedures");
        var oneFile = cli.Run("check", "procedures/calendar/office-hours.txt");

        Assert.Equal(1, folder.ExitCode);
        Assert.Equal("""
            procedures/calendar/2026.txt(3,6): error PRC4020: 2026-04-30 is a public holiday (Ngày Chiến thắng, Labour Code 2019 Art. 112) and cannot be worked
            procedures/calendar/office-hours.txt(3,8): error PRC4013: "3pm" is not a time; expected HH:mm
            9 tệp, 0 thủ tục: 2 lỗi, 0 cảnh báo

            """.Replace("\r\n", "\n"), folder.Output);
        Assert.Equal(1, oneFile.ExitCode);
        Assert.Equal("""
            procedures/calendar/office-hours.txt(3,8): error PRC4013: "3pm" is not a time; expected HH:mm
            1 tệp, 0 thủ tục: 1 lỗi, 0 cảnh báo

            """.Replace("\r\n", "\n"), oneFile.Output);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_one_error_line_and_exit_2()
    {
        using var cli = new Cli();

        var run = cli.Run("check", "khong-co.proc");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("procedures: lỗi: không có tệp hay thư mục \"khong-co.proc\"\n", run.Error);
    }

    [Fact]
    public void Hundreds_of_mangled_files_are_checked_in_one_run_without_a_crash()
    {
        using var cli = new Cli();
        var random = new Random(20261122);
        var sources = RepositoryFiles.AllPaths().Where(p => !p.Contains("/catalogue/")).Select(p => RepositoryFiles.Read(p).Text).ToArray();
        for (var i = 0; i < 300; i++)
        {
            var text = sources[i % sources.Length];
            var start = random.Next(text.Length);
            var cut = text.Remove(start, Math.Min(random.Next(1, 60), text.Length - start));
            var at = random.Next(cut.Length);
            var mangled = cut.Insert(at, new[] { "\"", "`", "->", "\u0301", "\uD800", "thủ tục", "steps", "#", "\n", "0.3", "\0" }[random.Next(11)]);
            var path = cli.Write($"procedures/mangled/{i:D3}.proc", mangled);
            if (i % 10 == 0)
                File.AppendAllBytes(path, [0xFF, 0xC3, 0x28, 0xE2, 0x82]);
        }

        var run = cli.Run("check", "procedures/mangled");

        Assert.Contains(run.ExitCode, new[] { 0, 1 });
        Assert.Equal("", run.Error);
        Assert.DoesNotContain("   at ", run.Output);
        Assert.Matches(@"\n\d+ tệp, \d+ thủ tục: \d+ lỗi, \d+ cảnh báo\n$", run.Output);
        Assert.All(run.Output.TrimEnd('\n').Split('\n')[..^1], line => Assert.Matches(@"^procedures/.+\(\d+,\d+\): (error|warning) PRC\d{4}: .+$", line));
    }
}
