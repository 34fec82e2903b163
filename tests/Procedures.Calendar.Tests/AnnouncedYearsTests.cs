using NodaTime;
using Procedures.Calendar.Cli;

namespace Procedures.Calendar.Tests;

/// <summary>
/// The repository's data files for 2024–2027 against the published announcements (sources cited in
/// each procedures/calendar/YYYY.txt; document numbers as recalled, see there).
/// </summary>
public sealed class AnnouncedYearsTests
{
    private static readonly VietnamWorkingCalendar Calendar = RepositoryCalendar.Load();

    [Theory]
    // 2024, MOLISA Thông báo 5522/TB-LĐTBXH: Tết off Thu 8 – Wed 14 Feb; National Day 31 Aug – 3 Sep.
    [InlineData("2024-01-01", false)]
    [InlineData("2024-02-07", true)]
    [InlineData("2024-02-08", false)]
    [InlineData("2024-02-12", false)]
    [InlineData("2024-02-13", false)]
    [InlineData("2024-02-14", false)]
    [InlineData("2024-02-15", true)]
    [InlineData("2024-04-18", false)] // Hùng Kings, 10/3 Giáp Thìn
    // 2024, MOLISA Thông báo 1322/TB-LĐTBXH: Mon 29 Apr off, Sat 4 May worked.
    [InlineData("2024-04-26", true)]
    [InlineData("2024-04-29", false)]
    [InlineData("2024-04-30", false)]
    [InlineData("2024-05-01", false)]
    [InlineData("2024-05-02", true)]
    [InlineData("2024-05-04", true)]
    [InlineData("2024-09-02", false)]
    [InlineData("2024-09-03", false)]
    [InlineData("2024-09-04", true)]
    // 2025, MOLISA Thông báo 6150/TB-LĐTBXH: Tết 25 Jan – 2 Feb; Fri 2 May off for Sat 26 Apr; 30 Aug – 2 Sep.
    [InlineData("2025-01-24", true)]
    [InlineData("2025-01-27", false)]
    [InlineData("2025-01-31", false)]
    [InlineData("2025-02-03", true)]
    [InlineData("2025-04-07", false)] // Hùng Kings, 10/3 Ất Tỵ
    [InlineData("2025-04-26", true)]
    [InlineData("2025-04-30", false)]
    [InlineData("2025-05-02", false)]
    [InlineData("2025-05-05", true)]
    [InlineData("2025-09-01", false)]
    [InlineData("2025-09-02", false)]
    [InlineData("2025-09-03", true)]
    // 2026, shared/domain.md sample: Tết 16–20 Feb; Hùng Kings Sun 26 Apr observed Mon 27 Apr; 1–2 Sep.
    [InlineData("2026-01-01", false)]
    [InlineData("2026-02-13", true)]
    [InlineData("2026-02-16", false)]
    [InlineData("2026-02-20", false)]
    [InlineData("2026-02-23", true)]
    [InlineData("2026-04-27", false)]
    [InlineData("2026-04-28", true)]
    [InlineData("2026-04-30", false)]
    [InlineData("2026-05-01", false)]
    [InlineData("2026-09-01", false)]
    [InlineData("2026-09-02", false)]
    [InlineData("2026-09-03", true)]
    // 2027, not announced: the rules' answer (assumed), 1 May on a Saturday taken on Monday 3 May.
    [InlineData("2027-02-04", false)]
    [InlineData("2027-02-10", false)]
    [InlineData("2027-02-11", true)]
    [InlineData("2027-04-16", false)]
    [InlineData("2027-05-03", false)]
    [InlineData("2027-09-03", false)]
    public void Working_days_follow_the_announcements(string date, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(Parse(date)));

    [Fact]
    public void Holidays_of_2026_as_the_cli_prints_them() =>
        Assert.Equal(
            [
                "2026-01-01 Tết Dương lịch",
                "2026-02-16 Tết Nguyên đán",
                "2026-02-17 Tết Nguyên đán",
                "2026-02-18 Tết Nguyên đán",
                "2026-02-19 Tết Nguyên đán",
                "2026-02-20 Tết Nguyên đán",
                "2026-04-26 Giỗ Tổ Hùng Vương",
                "2026-04-27 Nghỉ bù Giỗ Tổ Hùng Vương",
                "2026-04-30 Ngày Chiến thắng",
                "2026-05-01 Ngày Quốc tế lao động",
                "2026-09-01 Quốc khánh",
                "2026-09-02 Quốc khánh",
            ],
            CalendarTool.HolidayLines(Calendar, 2026).ToArray());

    [Fact]
    public void Holidays_of_2024_include_the_weekend_Tet_days_and_the_swap() =>
        Assert.Equal(
            [
                "2024-01-01 Tết Dương lịch",
                "2024-02-08 Tết Nguyên đán",
                "2024-02-09 Tết Nguyên đán",
                "2024-02-10 Tết Nguyên đán",
                "2024-02-11 Tết Nguyên đán",
                "2024-02-12 Tết Nguyên đán",
                "2024-02-13 Nghỉ bù Tết Nguyên đán",
                "2024-02-14 Nghỉ bù Tết Nguyên đán",
                "2024-04-18 Giỗ Tổ Hùng Vương",
                "2024-04-29 Nghỉ hoán đổi (làm bù thứ Bảy 04/05/2024)",
                "2024-04-30 Ngày Chiến thắng",
                "2024-05-01 Ngày Quốc tế lao động",
                "2024-09-02 Quốc khánh",
                "2024-09-03 Quốc khánh",
            ],
            CalendarTool.HolidayLines(Calendar, 2024).ToArray());

    [Fact]
    public void Years_with_a_data_file_are_marked_as_announced()
    {
        Assert.True(Calendar.Year(2026).FromAnnouncement);
        Assert.False(Calendar.Year(2028).FromAnnouncement);
        Assert.Equal([new LocalDate(2024, 5, 4)], Calendar.Year(2024).WorkedWeekendDays.ToArray());
    }

    [Fact]
    public void A_year_without_a_file_follows_the_rules()
    {
        // 2028: Tết 1/1 Mậu Thân = Wed 26 Jan 2028; rule: 28 and 29 Tháng Chạp + 1 to 3 Tháng Giêng (assumed).
        var days = Calendar.Year(2028).DaysOff.Where(d => d.Name == HolidayNames.LunarNewYear).Select(d => d.Date);
        Assert.Equal([new(2028, 1, 24), new(2028, 1, 25), new(2028, 1, 26), new(2028, 1, 27), new(2028, 1, 28)], days);
        // 2 September 2028 is a Saturday: 1 September by rule, and Monday 4 September for the Saturday (Art. 111(3)).
        Assert.Contains(new DayOff(new LocalDate(2028, 9, 4), "Nghỉ bù Quốc khánh", DayOffKind.Compensatory), Calendar.Year(2028).DaysOff);
    }

    [Fact]
    public void Two_holidays_on_a_weekend_are_taken_on_the_next_two_working_days()
    {
        // Rules alone for 2024: 1 September is a Sunday and 2 September a Monday → Tuesday 3 September.
        var rules = new VietnamWorkingCalendar();
        Assert.False(rules.IsWorkingDay(new LocalDate(2024, 9, 3)));
        // 2021 (rules): 1 May on a Saturday and 2 May a Sunday after Friday 30 April → Monday 3 May.
        Assert.False(rules.IsWorkingDay(new LocalDate(2021, 5, 3)));
        Assert.True(rules.IsWorkingDay(new LocalDate(2021, 5, 4)));
    }

    [Fact]
    public void Two_holidays_on_one_date_give_one_day_off()
    {
        // 10/3 Đinh Hợi fell on 30 April 1947 (from the independent lunar table).
        var days = new VietnamWorkingCalendar().Year(1947).DaysOff.Where(d => d.Date.Month is 4 or 5).ToArray();
        Assert.Equal(
            [
                new DayOff(new LocalDate(1947, 4, 30), "Giỗ Tổ Hùng Vương; Ngày Chiến thắng", DayOffKind.PublicHoliday),
                new DayOff(new LocalDate(1947, 5, 1), "Ngày Quốc tế lao động", DayOffKind.PublicHoliday),
            ],
            days);
    }

    private static LocalDate Parse(string date) => NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
}
