using System.Globalization;
using CsCheck;
using NodaTime;
using Procedures.Calendar.Lunar;

namespace Procedures.Calendar.Tests;

public sealed class LunarCalendarTests
{
    private static readonly LunarCalendar China = new(8);

    /// <summary>
    /// Rows of Data/lunar-1900-2100.txt, made by Data/generate-lunar-table.py: an independent
    /// computation (VSOP87 sun, full Meeus new moons, solar terms by root finding) of the same rules.
    /// </summary>
    public static TheoryData<int, string, string, string, string> Table()
    {
        var data = new TheoryData<int, string, string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "lunar-1900-2100.txt")))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split(' ');
            data.Add(int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1], parts[2], parts[3], parts[4]);
        }
        return data;
    }

    [Fact]
    public void The_table_covers_every_year_from_1900_to_2100() =>
        Assert.Equal(Enumerable.Range(1900, 201), Table().Select(row => (int)row[0]));

    [Theory]
    [MemberData(nameof(Table))]
    public void Tet_and_Hung_Kings_day_match_the_independent_table(int year, string tet, string hungKings, string tetChina, string hungKingsChina)
    {
        Assert.Equal(tet, Iso(LunarCalendar.Vietnam.NewYear(year)));
        Assert.Equal(hungKings, Iso(LunarCalendar.Vietnam.ToSolar(new LunarDate(year, 3, 10))!.Value));
        Assert.Equal(tetChina, Iso(China.NewYear(year)));
        Assert.Equal(hungKingsChina, Iso(China.ToSolar(new LunarDate(year, 3, 10))!.Value));
    }

    [Theory]
    [InlineData(2026, "2026-02-17")]
    [InlineData(1985, "1985-01-21")]
    [InlineData(2007, "2007-02-17")]
    [InlineData(1968, "1968-01-29")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2027, "2027-02-06")]
    public void Known_Tet_days_in_Vietnam(int year, string expected) =>
        Assert.Equal(expected, Iso(LunarCalendar.Vietnam.NewYear(year)));

    [Theory]
    [InlineData(1968, "1968-01-29", "1968-01-30")]
    [InlineData(1969, "1969-02-16", "1969-02-17")]
    [InlineData(1985, "1985-01-21", "1985-02-20")]
    [InlineData(2007, "2007-02-17", "2007-02-18")]
    [InlineData(2030, "2030-02-02", "2030-02-03")]
    [InlineData(2053, "2053-02-18", "2053-02-19")]
    public void Tet_at_UTC_plus_7_differs_from_China_at_UTC_plus_8(int year, string vietnam, string china)
    {
        Assert.Equal(vietnam, Iso(LunarCalendar.Vietnam.NewYear(year)));
        Assert.Equal(china, Iso(China.NewYear(year)));
        // .NET's ChineseLunisolarCalendar is China's calendar, which is why the product does not use it.
        var dotnet = new ChineseLunisolarCalendar().ToDateTime(year, 1, 1, 0, 0, 0, 0);
        Assert.Equal(china, dotnet.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.NotEqual(vietnam, china);
    }

    [Fact]
    public void Hung_Kings_day_differs_from_China_in_other_years()
    {
        // From the independent table: same Tết, different 10/3 (a leap month or a new moon near midnight).
        Assert.Equal(new LocalDate(2009, 4, 4), LunarCalendar.Vietnam.ToSolar(new LunarDate(2009, 3, 10)));
        Assert.Equal(new LocalDate(2009, 4, 5), China.ToSolar(new LunarDate(2009, 3, 10)));
    }

    [Fact]
    public void The_independent_table_agrees_with_dotnets_Chinese_calendar_at_UTC_plus_8_since_1929()
    {
        // China's calendar has used UTC+8 since 1929; this checks the generator itself against a third source.
        var dotnet = new ChineseLunisolarCalendar();
        foreach (var row in Table().Select(r => ((int)r[0], (string)r[3])).Where(r => r.Item1 >= 1929))
        {
            Assert.Equal(row.Item2, dotnet.ToDateTime(row.Item1, 1, 1, 0, 0, 0, 0).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData(2026, 2, 17, 2026, 1, 1, false)]
    [InlineData(2026, 2, 16, 2025, 12, 29, false)]
    [InlineData(2026, 4, 26, 2026, 3, 10, false)]
    [InlineData(2023, 3, 22, 2023, 2, 1, true)] // Quý Mão had a leap 2nd month
    [InlineData(2025, 7, 25, 2025, 6, 1, true)] // Ất Tỵ had a leap 6th month
    public void Solar_to_lunar(int y, int m, int d, int ly, int lm, int ld, bool leap) =>
        Assert.Equal(new LunarDate(ly, lm, ld, leap), LunarCalendar.Vietnam.ToLunar(new LocalDate(y, m, d)));

    [Theory]
    [InlineData(2054, 5, 7, 2054, 3, 30)] // the published code gives day 0 for these two dates
    [InlineData(2062, 4, 9, 2062, 2, 30)]
    public void New_moon_days_where_the_mean_month_estimate_is_one_too_high(int y, int m, int d, int ly, int lm, int ld) =>
        Assert.Equal(new LunarDate(ly, lm, ld), LunarCalendar.Vietnam.ToLunar(new LocalDate(y, m, d)));

    [Fact]
    public void Every_day_from_1900_to_2100_converts_to_lunar_and_back()
    {
        for (var date = new LocalDate(1900, 2, 1); date <= new LocalDate(2100, 12, 31); date = date.PlusDays(1))
        {
            var lunar = LunarCalendar.Vietnam.ToLunar(date);
            if (LunarCalendar.Vietnam.ToSolar(lunar) != date)
            {
                Assert.Fail($"{date:uuuu-MM-dd} → {lunar} → {LunarCalendar.Vietnam.ToSolar(lunar)}");
            }
        }
    }

    [Fact]
    public void Lunar_dates_that_do_not_exist_have_no_solar_date()
    {
        Assert.Null(LunarCalendar.Vietnam.ToSolar(new LunarDate(2026, 3, 10, IsLeapMonth: true)));
        Assert.Null(LunarCalendar.Vietnam.ToSolar(new LunarDate(2024, 12, 30))); // Giáp Thìn's 12th month has 29 days
        Assert.Null(LunarCalendar.Vietnam.ToSolar(new LunarDate(2026, 13, 1)));
    }

    [Fact]
    public void Solar_to_lunar_and_back_is_the_identity() =>
        Gen.Int[0, 73_000].Sample(offset =>
        {
            var date = new LocalDate(1900, 3, 1).PlusDays(offset);
            var lunar = LunarCalendar.Vietnam.ToLunar(date);
            Assert.Equal(date, LunarCalendar.Vietnam.ToSolar(lunar));
            var next = LunarCalendar.Vietnam.ToLunar(date.PlusDays(1));
            Assert.True(next.Day == lunar.Day + 1 || (next.Day == 1 && lunar.Day is 29 or 30), $"{lunar} then {next}");
        }, iter: 2000);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
