using NodaTime;

namespace Procedures.Calendar.Lunar;

/// <summary>
/// The lunisolar calendar computed for a time zone, by the astronomical algorithm published by
/// Hồ Ngọc Đức ("Âm lịch Việt Nam", 2004): new moons and the sun's longitude after Jean Meeus,
/// "Astronomical Algorithms" (1998), with the day of each new moon taken in local civil time.
/// </summary>
/// <remarks>
/// Hand-written because no package fits: .NET's <see cref="System.Globalization.ChineseLunisolarCalendar"/>
/// follows China's calendar, computed at UTC+8, and NuGet offers nothing with a time-zone parameter.
/// Vietnam's calendar has been computed at UTC+7 since 1968, so Tết falls on a different day than in
/// China in some years (1968, 1969, 1985, 2007, 2030, 2053, ...). The arithmetic is in double because
/// it is astronomy (angles and Julian days), not deadline counting. Accurate for 1900–2100, which the
/// tests check year by year against an independent computation.
/// </remarks>
public sealed class LunarCalendar
{
    private const double SynodicMonth = 29.530588853;
    private const double NewMoonEpoch = 2415021.076998695; // the new moon of 1900-01-01, Julian day
    private const double DegreesToRadians = Math.PI / 180;

    /// <summary>Vietnam's lunar calendar: UTC+7.</summary>
    public static LunarCalendar Vietnam { get; } = new(7);

    /// <summary>The calendar computed for a time zone given in hours east of UTC (China uses 8).</summary>
    public LunarCalendar(double timeZoneHours)
    {
        if (timeZoneHours is < -12 or > 14)
        {
            throw new ArgumentOutOfRangeException(nameof(timeZoneHours), timeZoneHours, "A time zone is between -12 and +14 hours.");
        }
        TimeZoneHours = timeZoneHours;
    }

    public double TimeZoneHours { get; }

    /// <summary>The lunar date of a Gregorian date.</summary>
    public LunarDate ToLunar(LocalDate date)
    {
        CheckYear(date.Year);
        var dayNumber = JulianDayNumber(date);
        // The published code tries new moons k+1 then k only, and gives day 0 when the mean-month
        // estimate is one too high (2054-05-07, 2062-04-09); searching both ways fixes that.
        var k = (int)Math.Floor((dayNumber - NewMoonEpoch) / SynodicMonth);
        while (NewMoonDay(k + 1) <= dayNumber)
        {
            k++;
        }
        while (NewMoonDay(k) > dayNumber)
        {
            k--;
        }
        var monthStart = NewMoonDay(k);
        var a11 = LunarMonth11(date.Year);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = LunarMonth11(date.Year - 1);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = LunarMonth11(date.Year + 1);
        }
        var lunarDay = dayNumber - monthStart + 1;
        var diff = (monthStart - a11) / 29;
        var isLeap = false;
        var lunarMonth = diff + 11;
        if (b11 - a11 > 365)
        {
            var leapMonthDiff = LeapMonthOffset(a11);
            if (diff >= leapMonthDiff)
            {
                lunarMonth = diff + 10;
                isLeap = diff == leapMonthDiff;
            }
        }
        if (lunarMonth > 12)
        {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && diff < 4)
        {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, lunarMonth, lunarDay, isLeap);
    }

    /// <summary>
    /// The Gregorian date of a lunar date, or null when it does not exist (a leap month that the year
    /// does not have, or day 30 of a 29-day month).
    /// </summary>
    public LocalDate? ToSolar(LunarDate lunar)
    {
        if (lunar.Month is < 1 or > 12 || lunar.Day is < 1 or > 30)
        {
            return null;
        }
        CheckYear(lunar.Year);
        int a11, b11;
        if (lunar.Month < 11)
        {
            a11 = LunarMonth11(lunar.Year - 1);
            b11 = LunarMonth11(lunar.Year);
        }
        else
        {
            a11 = LunarMonth11(lunar.Year);
            b11 = LunarMonth11(lunar.Year + 1);
        }
        var offset = lunar.Month - 11;
        if (offset < 0)
        {
            offset += 12;
        }
        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            var leapMonth = leapOffset - 2;
            if (leapMonth < 0)
            {
                leapMonth += 12;
            }
            if (lunar.IsLeapMonth && lunar.Month != leapMonth)
            {
                return null;
            }
            if (lunar.IsLeapMonth || offset >= leapOffset)
            {
                offset += 1;
            }
        }
        else if (lunar.IsLeapMonth)
        {
            return null;
        }
        var k = (int)Math.Floor(0.5 + (a11 - NewMoonEpoch) / SynodicMonth);
        var monthStart = NewMoonDay(k + offset);
        if (lunar.Day == 30 && NewMoonDay(k + offset + 1) - monthStart < 30)
        {
            return null;
        }
        return FromJulianDayNumber(monthStart + lunar.Day - 1);
    }

    /// <summary>Lunar New Year's day (mùng 1 Tết) of the lunar year that begins in a Gregorian year.</summary>
    public LocalDate NewYear(int year) => ToSolar(new LunarDate(year, 1, 1))!.Value;

    /// <summary>The last day of the lunar year that ends just before <see cref="NewYear"/> of <paramref name="year"/>.</summary>
    public LocalDate NewYearsEve(int year) => NewYear(year).PlusDays(-1);

    private static void CheckYear(int year)
    {
        if (year is < 1800 or > 2200)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The lunar calendar is computed for the years 1800–2200.");
        }
    }

    /// <summary>The local day (Julian day number) on which new moon number k since 1900 falls.</summary>
    private int NewMoonDay(int k) => (int)Math.Floor(NewMoon(k) + 0.5 + TimeZoneHours / 24);

    /// <summary>The sun's longitude at the start of a local day, as the index 0–11 of its 30° sector.</summary>
    private int SunLongitudeSector(int dayNumber) =>
        (int)Math.Floor(SunLongitude(dayNumber - 0.5 - TimeZoneHours / 24) / Math.PI * 6);

    /// <summary>The first day of the 11th lunar month, the month that holds the winter solstice.</summary>
    private int LunarMonth11(int year)
    {
        var offset = JulianDayNumber(new LocalDate(year, 12, 31)) - 2415021;
        var k = (int)Math.Floor(offset / SynodicMonth);
        var newMoon = NewMoonDay(k);
        if (SunLongitudeSector(newMoon) >= 9)
        {
            newMoon = NewMoonDay(k - 1);
        }
        return newMoon;
    }

    /// <summary>
    /// In a year of 13 months, the position after month 11 of the leap month: the first month during
    /// which the sun enters no new 30° sector (no major solar term, trung khí).
    /// </summary>
    private int LeapMonthOffset(int a11)
    {
        var k = (int)Math.Floor((a11 - NewMoonEpoch) / SynodicMonth + 0.5);
        var i = 1;
        var arc = SunLongitudeSector(NewMoonDay(k + i));
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunLongitudeSector(NewMoonDay(k + i));
        }
        while (arc != last && i < 14);
        return i - 1;
    }

    /// <summary>Julian day (UTC) of new moon number k since 1900-01-01 (Meeus, ch. 49, abridged).</summary>
    private static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * DegreesToRadians);
        var m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun's mean anomaly
        var mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon's mean anomaly
        var f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // moon's argument of latitude
        var c1 = (0.1734 - 0.000393 * t) * Math.Sin(m * DegreesToRadians) + 0.0021 * Math.Sin(2 * DegreesToRadians * m);
        c1 = c1 - 0.4068 * Math.Sin(mpr * DegreesToRadians) + 0.0161 * Math.Sin(DegreesToRadians * 2 * mpr);
        c1 -= 0.0004 * Math.Sin(DegreesToRadians * 3 * mpr);
        c1 = c1 + 0.0104 * Math.Sin(DegreesToRadians * 2 * f) - 0.0051 * Math.Sin(DegreesToRadians * (m + mpr));
        c1 = c1 - 0.0074 * Math.Sin(DegreesToRadians * (m - mpr)) + 0.0004 * Math.Sin(DegreesToRadians * (2 * f + m));
        c1 = c1 - 0.0004 * Math.Sin(DegreesToRadians * (2 * f - m)) - 0.0006 * Math.Sin(DegreesToRadians * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.Sin(DegreesToRadians * (2 * f - mpr)) + 0.0005 * Math.Sin(DegreesToRadians * (2 * mpr + m));
        var deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /// <summary>The sun's apparent longitude in radians, 0 to 2π, at a Julian day (Meeus, ch. 25, low accuracy).</summary>
    private static double SunLongitude(double julianDay)
    {
        var t = (julianDay - 2451545.0) / 36525; // Julian centuries since J2000.0
        var t2 = t * t;
        var m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2; // mean anomaly
        var l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2; // mean longitude
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(DegreesToRadians * m);
        dl += (0.019993 - 0.000101 * t) * Math.Sin(DegreesToRadians * 2 * m) + 0.000290 * Math.Sin(DegreesToRadians * 3 * m);
        var omega = 125.04 - 1934.136 * t;
        var l = (l0 + dl - 0.00569 - 0.00478 * Math.Sin(omega * DegreesToRadians)) * DegreesToRadians;
        l -= Math.PI * 2 * Math.Floor(l / (Math.PI * 2));
        return l;
    }

    private static int JulianDayNumber(LocalDate date) => date.ToDateOnly().DayNumber + 1721426;

    private static LocalDate FromJulianDayNumber(int julianDayNumber) =>
        LocalDate.FromDateOnly(DateOnly.FromDayNumber(julianDayNumber - 1721426));
}
