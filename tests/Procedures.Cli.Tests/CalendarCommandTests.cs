namespace Procedures.Cli.Tests;

/// <summary>
/// <c>procedures calendar</c> finds its data from the working folder upward, or is told with --data, or fails; it speaks
/// Vietnamese unless told <c>--lang en</c>.
/// </summary>
public class CalendarCommandTests
{
    [Fact]
    public void Add_gives_the_same_date_from_any_folder_under_the_data()
    {
        using var cli = new Cli();
        var deep = Directory.CreateDirectory(Path.Combine(cli.Folder, "procedures", "viec-lam", "drafts")).FullName;

        var top = cli.Run("calendar", "add", "2025-04-29", "1", "working-days");
        var below = cli.RunIn(deep, "calendar", "add", "2025-04-29", "1", "working-days");

        // 30 April, 1 May and the swapped 2 May 2025 are off (the fixture's 2025.txt).
        Assert.Equal(new CliRun(0, "2025-05-05\n", ""), top);
        Assert.Equal(top, below);
    }

    [Fact]
    public void Data_names_the_folder_from_anywhere()
    {
        using var cli = new Cli();
        var elsewhere = Directory.CreateTempSubdirectory("procedures-elsewhere-").FullName;
        try
        {
            var run = cli.RunIn(elsewhere, "calendar", "add", "2025-04-29", "1", "working-days", "--data", Path.Combine(cli.Folder, "procedures", "calendar"));

            Assert.Equal(new CliRun(0, "2025-05-05\n", ""), run);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public void Without_data_the_command_fails_with_exit_code_2_and_says_where_it_looked()
    {
        using var cli = new Cli();
        var elsewhere = Directory.CreateTempSubdirectory("procedures-elsewhere-").FullName;
        try
        {
            var vi = cli.RunIn(elsewhere, "calendar", "holidays", "2025");
            var en = cli.RunIn(elsewhere, "calendar", "holidays", "2025", "--lang", "en");

            Assert.Equal(new CliRun(2, "",
                $"procedures: lỗi: không có dữ liệu lịch: không thấy thư mục \"calendar/\" hay \"procedures/calendar/\" trong {elsewhere} hay thư mục nào bên trên; chỉ rõ thư mục bằng --data <thư-mục>\n"), vi);
            Assert.Equal(new CliRun(2, "",
                $"procedures: error: no calendar data: no \"calendar/\" or \"procedures/calendar/\" folder in {elsewhere} or any folder above it; name one with --data <dir>\n"), en);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Theory]
    [InlineData("2025-04-29", "ngày-làm-việc", "working-days")]
    [InlineData("2025-04-29", "ngay-lam-viec", "working-days")]
    [InlineData("2025-04-29", "ngày", "days")]
    [InlineData("2025-04-29T16:00", "giờ", "hours")]
    public void Add_takes_Vietnamese_unit_words(string start, string unit, string english)
    {
        using var cli = new Cli();

        var vi = cli.Run("calendar", "add", start, "3", unit);
        var en = cli.Run("calendar", "add", start, "3", english);

        Assert.Equal(0, vi.ExitCode);
        Assert.Equal("", vi.Error);
        Assert.Equal(en, vi);
    }

    [Fact]
    public void One_working_day_in_Vietnamese_words_skips_the_holidays()
    {
        using var cli = new Cli();

        Assert.Equal(new CliRun(0, "2025-05-05\n", ""), cli.Run("calendar", "add", "2025-04-29", "1", "ngày-làm-việc"));
    }

    [Theory]
    [InlineData(new[] { "add", "2025-04-29", "1", "weeks" },
        "procedures: lỗi: \"weeks\" không phải đơn vị thời hạn; dùng ngày-làm-việc, ngày hoặc giờ (hoặc working-days, days, hours)\n",
        "procedures: error: \"weeks\" is not a unit; expected working-days, days or hours (in Vietnamese: ngày-làm-việc, ngày, giờ)\n")]
    [InlineData(new[] { "add", "2025-04-29" },
        "procedures: lỗi: thiếu tham số; cách dùng: procedures calendar add <start> <amount> <ngày-làm-việc|ngày|giờ>\n",
        "procedures: error: missing arguments; usage: procedures calendar add <start> <amount> <working-days|days|hours>\n")]
    [InlineData(new[] { "add", "29/04/2025", "1", "ngày" },
        "procedures: lỗi: \"29/04/2025\" không phải ngày bắt đầu tính; viết theo dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:mm\n",
        "procedures: error: \"29/04/2025\" is not a start date; expected YYYY-MM-DD or YYYY-MM-DDTHH:mm\n")]
    [InlineData(new[] { "add", "2025-04-29", "0,5", "ngày-làm-việc" },
        "procedures: lỗi: \"0,5\" không phải một số; viết một số như 20 hoặc 0.5 (dấu chấm thập phân)\n",
        "procedures: error: \"0,5\" is not an amount; expected a number such as 20 or 0.5\n")]
    [InlineData(new[] { "add", "2025-04-29", "0.25", "working-days" },
        "procedures: lỗi: 0.25 ngày làm việc không phải số ngày nguyên hay nửa ngày\n",
        "procedures: error: 0.25 working days is not a whole or half number of days\n")]
    [InlineData(new[] { "add", "2025-04-29", "1.5", "days" },
        "procedures: lỗi: 1.5 ngày không phải số ngày nguyên\n",
        "procedures: error: 1.5 days is not a whole number of days\n")]
    [InlineData(new[] { "add", "2101-01-01", "1", "days" },
        "procedures: lỗi: 2101-01-01 nằm ngoài phạm vi của lịch 1900-01-01..2100-12-31\n",
        "procedures: error: 2101-01-01 is outside the calendar's range 1900-01-01..2100-12-31\n")]
    [InlineData(new[] { "add", "2100-12-30", "5", "working-days" },
        "procedures: lỗi: hạn xử lý sẽ rơi ra ngoài phạm vi của lịch 1900-01-01..2100-12-31\n",
        "procedures: error: the due date would fall outside the calendar's range 1900-01-01..2100-12-31\n")]
    [InlineData(new[] { "holidays" },
        "procedures: lỗi: thiếu năm; cách dùng: procedures calendar holidays <year>\n",
        "procedures: error: missing the year; usage: procedures calendar holidays <year>\n")]
    [InlineData(new[] { "holidays", "1899" },
        "procedures: lỗi: \"1899\" không phải một năm từ 1900 đến 2100\n",
        "procedures: error: \"1899\" is not a year from 1900 to 2100\n")]
    [InlineData(new[] { "holidays", "2025", "--data", "nowhere" },
        "procedures: lỗi: không có thư mục dữ liệu lịch \"nowhere\"\n",
        "procedures: error: the calendar data folder \"nowhere\" does not exist\n")]
    [InlineData(new[] { "add", "2025-04-29", "1", "days", "--frob" },
        "procedures: lỗi: không có tùy chọn \"--frob\"; xem \"procedures calendar add --help\"\n",
        "procedures: error: unknown option \"--frob\"; see \"procedures calendar add --help\"\n")]
    [InlineData(new[] { "add", "2025-04-29", "--frob" },
        "procedures: lỗi: không có tùy chọn \"--frob\"; xem \"procedures calendar add --help\"\n",
        "procedures: error: unknown option \"--frob\"; see \"procedures calendar add --help\"\n")]
    [InlineData(new[] { "holidays", "--frob" },
        "procedures: lỗi: không có tùy chọn \"--frob\"; xem \"procedures calendar holidays --help\"\n",
        "procedures: error: unknown option \"--frob\"; see \"procedures calendar holidays --help\"\n")]
    [InlineData(new[] { "add", "2025-04-29", "1", "days", "extra" },
        "procedures: lỗi: không có tùy chọn \"extra\"; xem \"procedures calendar add --help\"\n",
        "procedures: error: unknown option \"extra\"; see \"procedures calendar add --help\"\n")]
    public void Each_refusal_is_one_line_exit_code_2_in_Vietnamese_by_default_and_in_English_with_lang_en(string[] arguments, string vietnamese, string english)
    {
        using var cli = new Cli();

        var vi = cli.Run(["calendar", .. arguments]);
        var en = cli.Run(["calendar", .. arguments, "--lang", "en"]);
        var viChosen = cli.Run(["calendar", "--lang", "vi", .. arguments]);

        Assert.Equal(new CliRun(2, "", vietnamese), vi);
        Assert.Equal(new CliRun(2, "", english), en);
        Assert.Equal(vi, viChosen);
    }

    [Fact]
    public void A_bad_lang_is_refused_with_exit_code_2()
    {
        using var cli = new Cli();

        var run = cli.Run("calendar", "add", "2025-04-29", "1", "days", "--lang", "fr");

        Assert.Equal(new CliRun(2, "", "procedures: lỗi: --lang \"fr\" không phải một trong: en, vi\n"), run);
    }

    [Fact]
    public void Add_help_lists_the_calendar_s_own_options_in_Vietnamese()
    {
        using var cli = new Cli();

        var run = cli.Run("calendar", "add", "--help");

        Assert.Equal(new CliRun(0, """
            In ngày hết thời hạn giải quyết (ISO 8601).

            Cách dùng:
              procedures calendar add [<start>] [<amount>] [<unit>] [tùy chọn]

            Tham số:
              <start>   Thời điểm tiếp nhận hồ sơ: YYYY-MM-DD hoặc YYYY-MM-DDTHH:mm.
              <amount>  Thời hạn, ví dụ 20 hoặc 0.5.
              <unit>    ngày-làm-việc, ngày (ngày theo lịch) hoặc giờ; hoặc working-days, days, hours.

            Tùy chọn:
              --data <thư-mục>  Thư mục chứa tệp dữ liệu lịch (mặc định: thư mục calendar/ hoặc procedures/calendar/ gần nhất, tại thư mục hiện hành hoặc bên trên).
              --lang <lang>     Ngôn ngữ của thông báo: en hoặc vi (mặc định: vi).
              -h, --help        Xem hướng dẫn này.

            """.Replace("\r\n", "\n"), ""), run);
    }

    [Fact]
    public void The_bare_calendar_command_prints_its_help()
    {
        using var cli = new Cli();

        var vi = cli.Run("calendar");
        var en = cli.Run("calendar", "--lang", "en");

        Assert.Equal(0, vi.ExitCode);
        Assert.StartsWith("Lịch ngày làm việc của Việt Nam.\n", vi.Output);
        Assert.Contains("\nLệnh:\n  holidays  Liệt kê các ngày nghỉ trong năm", vi.Output);
        Assert.Equal(0, en.ExitCode);
        Assert.StartsWith("The Vietnamese working-day calendar.\n", en.Output);
    }
}
