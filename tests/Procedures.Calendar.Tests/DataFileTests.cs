using System.Runtime.CompilerServices;
using Procedures.Calendar.Data;

namespace Procedures.Calendar.Tests;

/// <summary>Staff edit these files; every mistake must come back as one clear line with file(line,col).</summary>
public sealed class DataFileTests
{
    private static string[] Errors(string file, string text) =>
        [.. CalendarLoader.FromSources([new CalendarSource(file, text)]).Diagnostics.Select(d => d.ToString())];

    [Theory]
    [InlineData("tet 2026-02-16..2026-02-30", "2026.txt(1,17): error PRC4010: \"2026-02-30\" is not a date; expected YYYY-MM-DD")]
    [InlineData("tet 2026-2-16..2026-02-20", "2026.txt(1,5): error PRC4010: \"2026-2-16\" is not a date; expected YYYY-MM-DD")]
    [InlineData("tet 2026-02-16..2026-02-19", "2026.txt(1,5): error PRC4017: Tết lasts 5 days (Labour Code 2019 Art. 112(1)(b)); 2026-02-16..2026-02-19 has 4")]
    [InlineData("tet 2026-02-20..2026-02-16", "2026.txt(1,5): error PRC4012: the range 2026-02-20..2026-02-16 ends before it starts")]
    [InlineData("tet 2026-02-09..2026-02-13", "2026.txt(1,5): error PRC4018: Tết 2026-02-09..2026-02-13 does not include the lunar New Year's day 2026-02-17")]
    [InlineData("tet", "2026.txt(1,4): error PRC4006: \"tet\" needs a date range such as 2026-02-16..2026-02-20")]
    [InlineData("  tet 2026-02-16..2026-02-20 extra", "2026.txt(1,30): error PRC4007: unexpected \"extra\" after 2026-02-16..2026-02-20")]
    [InlineData("holiday 2026-02-16", "2026.txt(1,1): error PRC4004: unknown directive \"holiday\"; expected tet, national-day, off, work")]
    [InlineData("morning 07:30-11:30", "2026.txt(1,1): error PRC4005: \"morning\" belongs in office-hours.txt")]
    [InlineData("national-day 2026-09-04", "2026.txt(1,14): error PRC4019: the day beside National Day is 2026-09-01 or 2026-09-03, not 2026-09-04")]
    [InlineData("national-day 2025-09-01", "2026.txt(1,14): error PRC4011: 2025-09-01 is not in 2026; a year file holds only its own year's dates")]
    [InlineData("off 2026-05-04", "2026.txt(1,15): error PRC4006: \"off\" needs a date or date range and a name, e.g. off 2024-04-29 Nghỉ hoán đổi")]
    [InlineData("off 2026-04-27 Nghỉ bù", "2026.txt(1,5): error PRC4022: 2026-04-27 is already a day off (Nghỉ bù Giỗ Tổ Hùng Vương); remove it from this line")]
    [InlineData("off 2026-05-02 Nghỉ", "2026.txt(1,5): error PRC4023: 2026-05-02 is a Saturday, already a day off; remove it from this line")]
    [InlineData("work 2026-05-06 Làm bù", "2026.txt(1,6): error PRC4021: 2026-05-06 is a Wednesday, already a working day; \"work\" is for a weekend day or a compensatory day off")]
    [InlineData("work 2026-04-30 Làm bù", "2026.txt(1,6): error PRC4020: 2026-04-30 is a public holiday (Ngày Chiến thắng, Labour Code 2019 Art. 112) and cannot be worked")]
    public void Year_file_errors(string line, string expected) =>
        Assert.Equal([expected], Errors("2026.txt", line));

    [Fact]
    public void Errors_name_the_line_and_every_bad_line_is_reported()
    {
        const string text = """
            # Lịch nghỉ 2024
            tet 2024-02-08..2024-02-12   # comment after a directive

            off  2024-04-29 Nghỉ hoán đổi
            off  2024-04-29 Again
            tet 2024-02-08..2024-02-12
            """;
        Assert.Equal(
            [
                "data/2024.txt(5,6): error PRC4009: 2024-04-29 is already given at line 4",
                "data/2024.txt(6,1): error PRC4008: \"tet\" is already given at line 2",
            ],
            Errors("data/2024.txt", text));
    }

    [Theory]
    [InlineData("morning 7:30-11:30", "office-hours.txt(1,9): error PRC4013: \"7:30\" is not a time; expected HH:mm")]
    [InlineData("morning 07:30-25:00", "office-hours.txt(1,15): error PRC4013: \"25:00\" is not a time; expected HH:mm")]
    [InlineData("morning 07:30", "office-hours.txt(1,9): error PRC4014: \"07:30\" is not a time range; expected HH:mm-HH:mm")]
    [InlineData("morning 11:30-07:30", "office-hours.txt(1,9): error PRC4015: the session 11:30-07:30 ends before it starts")]
    [InlineData("afternoon 11:00-17:00", "office-hours.txt(1,11): error PRC4016: the afternoon session must start at or after the morning ends (11:30), not at 11:00")]
    [InlineData("cutoff", "office-hours.txt(1,7): error PRC4006: \"cutoff\" needs a time such as 15:00")]
    [InlineData("tet 2026-02-16..2026-02-20", "office-hours.txt(1,1): error PRC4005: \"tet\" belongs in a year file such as 2026.txt")]
    public void Office_hours_file_errors(string line, string expected) =>
        Assert.Equal([expected], Errors("office-hours.txt", line));

    [Theory]
    [InlineData("2026.text")]
    [InlineData("holidays.txt")]
    [InlineData("3000.txt")]
    public void Unknown_file_names_are_reported(string name) =>
        Assert.Equal([$"{name}(1,1): error PRC4001: a calendar data file is named YYYY.txt (a year 1900–2100) or office-hours.txt, not \"{name}\""], Errors(name, "tet 2026-02-16..2026-02-20"));

    [Fact]
    public void Comments_blank_lines_a_byte_order_mark_and_CRLF_are_fine() =>
        Assert.Empty(Errors("2026.txt", "\uFEFF# comment\r\n\r\n  tet 2026-02-16..2026-02-20\t# five days\r\noff 2026-01-02 Nghỉ #1 (hash inside a name)\r\n"));

    [Fact]
    public void A_name_keeps_its_spaces_and_a_hash_inside_a_word()
    {
        var file = CalendarFileParser.Parse("2026.txt", "off 2026-01-02 Nghỉ  hoán đổi#1   # comment");
        Assert.Equal("Nghỉ  hoán đổi#1", Assert.IsType<DayOffEntry>(Assert.Single(file.Entries)).Name);
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_reported_not_thrown()
    {
        var directory = Directory.CreateTempSubdirectory("calendar-test-");
        try
        {
            File.WriteAllBytes(Path.Combine(directory.FullName, "2026.txt"), [0x74, 0x65, 0x74, 0x20, 0xC0, 0xFF]);
            var result = CalendarLoader.FromDirectory(directory.FullName);
            Assert.Equal([$"{Path.Combine(directory.FullName, "2026.txt")}(1,1): error PRC4002: the file is not valid UTF-8; save it as UTF-8"], result.Diagnostics.Select(d => d.ToString()));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_reported_not_thrown()
    {
        var directory = Directory.CreateTempSubdirectory("calendar-test-");
        try
        {
            var path = Path.Combine(directory.FullName, "2026.txt");
            File.CreateSymbolicLink(path, Path.Combine(directory.FullName, "gone.txt"));
            var result = CalendarLoader.FromDirectory(directory.FullName);
            Assert.Equal([$"{path}(1,1): error PRC4003: the file cannot be read: Could not find file '{path}'."], result.Diagnostics.Select(d => d.ToString()));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Every_calendar_code_has_an_exact_message_test_here()
    {
        var tests = File.ReadAllText(ThisFile());
        Assert.Empty(CalendarMessages.All.Where(m => !tests.Contains($"error {m.Code}: ", StringComparison.Ordinal)).Select(m => m.Code));
        Assert.Equal(CalendarMessages.All.Count, CalendarMessages.All.Select(m => m.Code).Distinct().Count());
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;

    [Fact]
    public void The_repository_data_files_are_clean() =>
        Assert.Empty(CalendarLoader.FromDirectory(RepositoryCalendar.LiveDataDirectory).Diagnostics);
}
