using Procedures.Calendar.Cli;

namespace Procedures.Calendar.Tests;

/// <summary>The logic behind <c>procedures calendar holidays|add</c>.</summary>
public sealed class CalendarToolTests
{
    /// <summary>The frozen copy of the calendar data, so that a data edit under procedures/ cannot change these dates.</summary>
    private static readonly string Data = Path.Combine(RepositoryFiles.Root, "tests", "Fixtures", "procedures", "calendar");

    /// <summary>Where a search for the data would start; unused when the data folder is named.</summary>
    private static readonly string Here = Path.GetTempPath();

    private static readonly CalendarToolWords En = CalendarToolWords.English;
    private static readonly CalendarToolWords Vi = CalendarToolWords.Vietnamese;

    [Fact]
    public void Holidays_prints_one_line_per_day_off()
    {
        var outcome = CalendarTool.Holidays("2025", Data, Here, En);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Empty(outcome.Errors);
        Assert.Equal("2025-01-01 Tết Dương lịch", outcome.Output[0]);
        Assert.Contains("2025-05-02 Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)", outcome.Output);
    }

    [Theory]
    [InlineData("2026-02-13", "5", "working-days", "2026-02-27")]
    [InlineData("2026-02-13T10:00", "5", "working-days", "2026-02-27T11:30")]
    [InlineData("2026-02-13", "0.5", "working-days", "2026-02-23T11:30")] // a half day ends at noon: say so
    [InlineData("2026-02-10", "10", "days", "2026-02-23")]
    [InlineData("2026-02-13T16:00", "2", "hours", "2026-02-23T09:30")]
    [InlineData("2026-02-13T16:00:30", "1", "hours", "2026-02-23T08:30")]
    public void Add_prints_the_due_date_first(string start, string amount, string unit, string expected)
    {
        var outcome = CalendarTool.Add(start, amount, unit, Data, Here, En);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(expected, outcome.Output[0]);
    }

    [Theory]
    [InlineData("2026-02-30", "5", "working-days", "procedures: error: \"2026-02-30\" is not a start date; expected YYYY-MM-DD or YYYY-MM-DDTHH:mm")]
    [InlineData("2026-02-13", "five", "working-days", "procedures: error: \"five\" is not an amount; expected a number such as 20 or 0.5")]
    [InlineData("2026-02-13", "-1", "working-days", "procedures: error: \"-1\" is not an amount; expected a number such as 20 or 0.5")]
    [InlineData("2026-02-13", "0.25", "working-days", "procedures: error: 0.25 working days is not a whole or half number of days")]
    [InlineData("2026-02-13", "1.5", "days", "procedures: error: 1.5 days is not a whole number of days")]
    [InlineData("2026-02-13", "0.3", "hours", "procedures: error: 0.3 hours is not counted in quarter hours (0.25, 0.5 …)")]
    [InlineData("2026-02-13", "0", "days", "procedures: error: \"0\" is not an amount; expected a number such as 20 or 0.5")]
    [InlineData("2026-02-13", "5000", "working-days", "procedures: error: \"5000\" is not an amount; expected a number such as 20 or 0.5")]
    [InlineData("2026-02-13", "5", "weeks", "procedures: error: \"weeks\" is not a unit; expected working-days, days or hours (in Vietnamese: ngày-làm-việc, ngày, giờ)")]
    [InlineData("2101-01-01", "5", "days", "procedures: error: 2101-01-01 is outside the calendar's range 1900-01-01..2100-12-31")]
    [InlineData("2100-12-30", "5", "working-days", "procedures: error: the due date would fall outside the calendar's range 1900-01-01..2100-12-31")]
    public void Bad_input_is_one_error_line_and_exit_code_2(string start, string amount, string unit, string expected)
    {
        var outcome = CalendarTool.Add(start, amount, unit, Data, Here, En);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Empty(outcome.Output);
        Assert.Equal([expected], outcome.Errors.ToArray());
    }

    [Theory]
    [InlineData("ngày-làm-việc", "working-days")]
    [InlineData("ngay-lam-viec", "working-days")]
    [InlineData("ngày làm việc", "working-days")]
    [InlineData("Working-Days", "working-days")]
    [InlineData("ngày", "days")]
    [InlineData("ngay", "days")]
    [InlineData("giờ", "hours")]
    [InlineData("gio", "hours")]
    public void Add_takes_the_unit_in_Vietnamese_too(string unit, string english)
    {
        var outcome = CalendarTool.Add("2026-02-13", "5", unit, Data, Here, Vi);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(CalendarTool.Add("2026-02-13", "5", english, Data, Here, En).Output.ToArray(), outcome.Output.ToArray());
    }

    [Fact]
    public void Vietnamese_units_give_working_days_calendar_days_and_hours()
    {
        // Tết 2026 is 16–20 February: 5 working days from Friday 13 February end on 27 February; 5 calendar days end on
        // the 18th, a day off, so on the next working day.
        Assert.Equal(["2026-02-27"], CalendarTool.Add("2026-02-13", "5", "ngày-làm-việc", Data, Here, Vi).Output.ToArray());
        Assert.Equal(["2026-02-23"], CalendarTool.Add("2026-02-13", "5", "ngày", Data, Here, Vi).Output.ToArray());
        Assert.Equal(["2026-02-23T09:30"], CalendarTool.Add("2026-02-13T16:00", "2", "giờ", Data, Here, Vi).Output.ToArray());
    }

    [Fact]
    public void A_unit_typed_with_decomposed_diacritics_is_the_same_word() =>
        Assert.Equal(["2026-02-27"], CalendarTool.Add("2026-02-13", "5", "ngày-làm-việc".Normalize(System.Text.NormalizationForm.FormD), Data, Here, Vi).Output.ToArray());

    [Theory]
    [InlineData("2026-02-30", "5", "ngày-làm-việc", "procedures: lỗi: \"2026-02-30\" không phải ngày bắt đầu tính; viết theo dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:mm")]
    [InlineData("2026-02-13", "năm", "ngày-làm-việc", "procedures: lỗi: \"năm\" không phải một số; viết một số như 20 hoặc 0.5 (dấu chấm thập phân)")]
    [InlineData("2026-02-13", "0,5", "ngày-làm-việc", "procedures: lỗi: \"0,5\" không phải một số; viết một số như 20 hoặc 0.5 (dấu chấm thập phân)")]
    [InlineData("2026-02-13", "0.25", "ngày-làm-việc", "procedures: lỗi: 0.25 ngày làm việc không phải số ngày nguyên hay nửa ngày")]
    [InlineData("2026-02-13", "1.5", "ngày", "procedures: lỗi: 1.5 ngày không phải số ngày nguyên")]
    [InlineData("2026-02-13", "0.3", "giờ", "procedures: lỗi: 0.3 giờ không tính theo mười lăm phút (0.25, 0.5 …)")]
    [InlineData("2026-02-13", "5", "tuần", "procedures: lỗi: \"tuần\" không phải đơn vị thời hạn; dùng ngày-làm-việc, ngày hoặc giờ (hoặc working-days, days, hours)")]
    [InlineData("2101-01-01", "5", "ngày", "procedures: lỗi: 2101-01-01 nằm ngoài phạm vi của lịch 1900-01-01..2100-12-31")]
    [InlineData("2100-12-30", "5", "ngày-làm-việc", "procedures: lỗi: hạn xử lý sẽ rơi ra ngoài phạm vi của lịch 1900-01-01..2100-12-31")]
    public void Bad_input_is_one_Vietnamese_line_with_Vietnamese_words(string start, string amount, string unit, string expected)
    {
        var outcome = CalendarTool.Add(start, amount, unit, Data, Here, Vi);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Empty(outcome.Output);
        Assert.Equal([expected], outcome.Errors.ToArray());
    }

    [Fact]
    public void Missing_arguments_a_bad_year_and_a_missing_folder_in_Vietnamese()
    {
        Assert.Equal(["procedures: lỗi: thiếu tham số; cách dùng: procedures calendar add <start> <amount> <ngày-làm-việc|ngày|giờ>"],
            CalendarTool.Add("2026-02-13", null, null, Data, Here, Vi).Errors.ToArray());
        Assert.Equal(["procedures: lỗi: thiếu năm; cách dùng: procedures calendar holidays <year>"], CalendarTool.Holidays(null, Data, Here, Vi).Errors.ToArray());
        Assert.Equal(["procedures: lỗi: \"1899\" không phải một năm từ 1900 đến 2100"], CalendarTool.Holidays("1899", Data, Here, Vi).Errors.ToArray());
        Assert.Equal(["procedures: lỗi: không có thư mục dữ liệu lịch \"/nonexistent/calendar\""],
            CalendarTool.Holidays("2026", "/nonexistent/calendar", Here, Vi).Errors.ToArray());
    }

    [Fact]
    public void Missing_year_in_English() =>
        Assert.Equal(["procedures: error: missing the year; usage: procedures calendar holidays <year>"], CalendarTool.Holidays(null, Data, Here, En).Errors.ToArray());

    [Theory]
    [InlineData("1899")]
    [InlineData("twenty")]
    public void A_bad_year_is_exit_code_2(string year)
    {
        var outcome = CalendarTool.Holidays(year, Data, Here, En);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal([$"procedures: error: \"{year}\" is not a year from 1900 to 2100"], outcome.Errors.ToArray());
    }

    [Fact]
    public void Missing_arguments_are_exit_code_2()
    {
        Assert.Equal(["procedures: error: missing arguments; usage: procedures calendar add <start> <amount> <working-days|days|hours>"], CalendarTool.Add("2026-02-13", null, null, Data, Here, En).Errors.ToArray());
        Assert.Equal(2, CalendarTool.Holidays(null, Data, Here, En).ExitCode);
    }

    [Fact]
    public void A_missing_data_folder_given_explicitly_is_an_error() =>
        Assert.Equal(2, CalendarTool.Holidays("2026", "/nonexistent/calendar", Here, En).ExitCode);

    [Fact]
    public void Errors_in_the_data_files_are_exit_code_1_with_every_message()
    {
        var directory = Directory.CreateTempSubdirectory("calendar-test-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "2026.txt"), "tet 2026-02-16\nfoo\n");
            var outcome = CalendarTool.Holidays("2026", directory.FullName, Here, En);
            Assert.Equal(1, outcome.ExitCode);
            Assert.Equal(2, outcome.Errors.Length);
            Assert.All(outcome.Errors, e => Assert.StartsWith(Path.Combine(directory.FullName, "2026.txt"), e));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_data_folder_given_explicitly_says_so() =>
        Assert.Equal(["procedures: error: the calendar data folder \"/nonexistent/calendar\" does not exist"],
            CalendarTool.Holidays("2026", "/nonexistent/calendar", Here, En).Errors.ToArray());

    [Fact]
    public void Without_a_data_folder_the_data_is_found_above_the_current_folder_under_calendar_or_procedures_calendar()
    {
        var root = Directory.CreateTempSubdirectory("calendar-search-");
        try
        {
            var deep = Directory.CreateDirectory(Path.Combine(root.FullName, "a", "b"));
            var data = Directory.CreateDirectory(Path.Combine(root.FullName, "procedures", "calendar"));
            foreach (var file in Directory.EnumerateFiles(Data))
            {
                File.Copy(file, Path.Combine(data.FullName, Path.GetFileName(file)));
            }
            // 30 April and 1 May are holidays and 2 May 2025 a swapped day off (the fixture's 2025.txt):
            // the rules alone would wrongly give Friday 2 May.
            var outcome = CalendarTool.Add("2025-04-29", "1", "working-days", null, deep.FullName, En);
            Assert.Equal(0, outcome.ExitCode);
            Assert.Equal(["2025-05-05"], outcome.Output.ToArray());
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void Without_any_data_folder_the_command_fails_and_says_where_it_looked()
    {
        var root = Directory.CreateTempSubdirectory("calendar-none-");
        try
        {
            var outcome = CalendarTool.Add("2025-04-29", "1", "working-days", null, root.FullName, En);
            Assert.Equal(2, outcome.ExitCode);
            Assert.Empty(outcome.Output);
            Assert.Equal([$"procedures: error: no calendar data: no \"calendar/\" or \"procedures/calendar/\" folder in {root.FullName} or any folder above it; name one with --data <dir>"],
                outcome.Errors.ToArray());
            Assert.Equal([$"procedures: lỗi: không có dữ liệu lịch: không thấy thư mục \"calendar/\" hay \"procedures/calendar/\" trong {root.FullName} hay thư mục nào bên trên; chỉ rõ thư mục bằng --data <thư-mục>"],
                CalendarTool.Holidays("2025", null, root.FullName, Vi).Errors.ToArray());
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
