using System.Collections.Immutable;
using NodaTime;
using Procedures.Calendar.Data;
using Procedures.Calendar.Lunar;

namespace Procedures.Calendar;

/// <summary>Applies the Labour Code 2019 to one year, then that year's announcement when there is one.</summary>
internal static class YearPlanner
{
    public static YearPlan Plan(int year, LunarCalendar lunar, CalendarFile? announcement, ImmutableArray<CalendarDiagnostic>.Builder diagnostics)
    {
        var entries = announcement?.Entries ?? [];
        var holidays = new SortedDictionary<LocalDate, string>();
        void Holiday(LocalDate date, string name) =>
            // Two holidays on one date (Hùng Kings can fall on 30 April) give one day off (assumed: Art. 112 grants no extra day).
            holidays[date] = holidays.TryGetValue(date, out var other) ? $"{other}; {name}" : name;

        // Labour Code 2019 Art. 112(1)(a).
        Holiday(new LocalDate(year, 1, 1), HolidayNames.NewYear);

        // Art. 112(1)(b): five days of Tết, announced each year. By rule (assumed) the last two days of the
        // lunar year and the first three of the new one: the announced days of 2023, 2024 and 2025, and
        // the same working days as announced for 2022 and 2026.
        var newYear = lunar.NewYear(year);
        var (tetFirst, tetLast) = (newYear.PlusDays(-2), newYear.PlusDays(2));
        if (entries.OfType<TetEntry>().FirstOrDefault() is { } tet)
        {
            if (newYear < tet.First || newYear > tet.Last)
            {
                diagnostics.Add(CalendarMessages.TetWithoutNewYear.At(tet.Location, $"{tet.First:uuuu-MM-dd}..{tet.Last:uuuu-MM-dd}", $"{newYear:uuuu-MM-dd}"));
            }
            else
            {
                (tetFirst, tetLast) = (tet.First, tet.Last);
            }
        }
        for (var day = tetFirst; day <= tetLast; day = day.PlusDays(1))
        {
            Holiday(day, HolidayNames.LunarNewYear);
        }

        // Art. 112(1)(c): the 10th day of the 3rd lunar month.
        Holiday(lunar.ToSolar(new LunarDate(year, 3, 10))!.Value, HolidayNames.HungKings);

        // Art. 112(1)(d), (đ).
        Holiday(new LocalDate(year, 4, 30), HolidayNames.Victory);
        Holiday(new LocalDate(year, 5, 1), HolidayNames.Labour);

        // Art. 112(1)(e): 2 September and one day before or after, announced each year.
        var nationalDayExtra = entries.OfType<NationalDayEntry>().FirstOrDefault()?.Date ?? NationalDayExtraByRule(year);
        Holiday(nationalDayExtra, HolidayNames.NationalDay);
        Holiday(new LocalDate(year, 9, 2), HolidayNames.NationalDay);

        var daysOff = new SortedDictionary<LocalDate, DayOff>();
        foreach (var (date, name) in holidays)
        {
            daysOff[date] = new DayOff(date, name, DayOffKind.PublicHoliday);
        }
        // Art. 111(3): a holiday on a weekly rest day is taken on the next working day.
        foreach (var (date, name) in holidays.Where(h => IsWeekend(h.Key)))
        {
            var substitute = date.PlusDays(1);
            while (IsWeekend(substitute) || daysOff.ContainsKey(substitute))
            {
                substitute = substitute.PlusDays(1);
            }
            daysOff[substitute] = new DayOff(substitute, HolidayNames.CompensatoryPrefix + name, DayOffKind.Compensatory);
        }

        var worked = new SortedSet<LocalDate>();
        foreach (var work in entries.OfType<WorkDayEntry>())
        {
            if (daysOff.TryGetValue(work.Date, out var dayOff))
            {
                if (dayOff.Kind == DayOffKind.PublicHoliday)
                {
                    diagnostics.Add(CalendarMessages.HolidayWorked.At(work.Location, $"{work.Date:uuuu-MM-dd}", dayOff.Name));
                    continue;
                }
                daysOff.Remove(work.Date);
                if (IsWeekend(work.Date))
                {
                    worked.Add(work.Date);
                }
            }
            else if (IsWeekend(work.Date))
            {
                worked.Add(work.Date);
            }
            else
            {
                diagnostics.Add(CalendarMessages.WorkOnWorkingDay.At(work.Location, $"{work.Date:uuuu-MM-dd}", work.Date.DayOfWeek));
            }
        }

        foreach (var off in entries.OfType<DayOffEntry>())
        {
            for (var date = off.First; date <= off.Last; date = date.PlusDays(1))
            {
                if (daysOff.TryGetValue(date, out var existing))
                {
                    diagnostics.Add(CalendarMessages.OffAlreadyOff.At(off.Location, $"{date:uuuu-MM-dd}", existing.Name));
                }
                else if (IsWeekend(date) && !worked.Contains(date))
                {
                    diagnostics.Add(CalendarMessages.OffOnWeekend.At(off.Location, $"{date:uuuu-MM-dd}", date.DayOfWeek));
                }
                else
                {
                    daysOff[date] = new DayOff(date, off.Name, DayOffKind.Announced);
                }
            }
        }

        return new YearPlan(year, [.. daysOff.Values], [.. worked], announcement is not null);
    }

    /// <summary>
    /// Assumed: 3 September when 2 September is a Monday or a Thursday, else 1 September. It gives the
    /// announced day of every year since the Labour Code 2019 took effect (2021: 3rd, 2022: 1st,
    /// 2023: 1st, 2024: 3rd, 2025: 1st, 2026: 1st).
    /// </summary>
    public static LocalDate NationalDayExtraByRule(int year) =>
        new LocalDate(year, 9, 2).DayOfWeek is IsoDayOfWeek.Monday or IsoDayOfWeek.Thursday
            ? new LocalDate(year, 9, 3)
            : new LocalDate(year, 9, 1);

    public static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
}
