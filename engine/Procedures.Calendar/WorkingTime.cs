using NodaTime;

namespace Procedures.Calendar;

/// <summary>
/// Working time: the office sessions of working days, measured between two moments and added to a due time. What a
/// clock that stops needs (Decree 61/2018 Art. 19 as amended by Decree 107/2021: the time already spent counts toward the
/// deadline): how much working time the dossier spent away, and where a due time lands when it is moved by that much.
/// Weekends, holidays, nights and the lunch break are no working time; a due time moved onto a session boundary stays at
/// the end of the session (11:30, 17:00), as the calendar's own due times do.
/// </summary>
public static class WorkingTime
{
    /// <summary>Looks at most this many days ahead, so that a calendar with no working days cannot hang the caller.</summary>
    private const int MostDays = 366 * 200;

    /// <summary>The working time inside office sessions from <paramref name="from"/> to <paramref name="to"/>; zero when <paramref name="to"/> is not later.</summary>
    public static Duration Between(this IWorkingCalendar calendar, LocalDateTime from, LocalDateTime to)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (to <= from) return Duration.Zero;
        var total = Duration.Zero;
        for (var (day, i) = (from.Date, 0); day <= to.Date && i < MostDays; day = day.PlusDays(1), i++)
        {
            if (!calendar.IsWorkingDay(day)) continue;
            foreach (var (start, end) in Sessions(calendar.OfficeHours))
            {
                var open = Later(day.At(start), from);
                var close = Earlier(day.At(end), to);
                if (close > open) total += Period.Between(open, close, PeriodUnits.Ticks).ToDuration();
            }
        }
        return total;
    }

    /// <summary>
    /// <paramref name="due"/> moved later by <paramref name="working"/> working time: the earliest moment after which exactly
    /// that much office time has passed since <paramref name="due"/>. Zero leaves it where it is.
    /// </summary>
    public static LocalDateTime Postpone(this IWorkingCalendar calendar, LocalDateTime due, Duration working)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (working <= Duration.Zero) return due;
        var remaining = working.BclCompatibleTicks;
        var at = due;
        for (var i = 0; i < MostDays; i++, at = at.Date.PlusDays(1).At(LocalTime.Midnight))
        {
            if (!calendar.IsWorkingDay(at.Date)) continue;
            foreach (var (start, end) in Sessions(calendar.OfficeHours))
            {
                if (at.TimeOfDay >= end) continue;
                var from = at.TimeOfDay > start ? at.TimeOfDay : start;
                var available = end.TickOfDay - from.TickOfDay;
                if (remaining <= available) return at.Date.At(from.PlusTicks(remaining));
                remaining -= available;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(working), working, "the calendar has no working days left to move the due time into");
    }

    private static (LocalTime Start, LocalTime End)[] Sessions(OfficeHours hours) =>
        [(hours.MorningStart, hours.MorningEnd), (hours.AfternoonStart, hours.AfternoonEnd)];

    private static LocalDateTime Later(LocalDateTime a, LocalDateTime b) => a > b ? a : b;

    private static LocalDateTime Earlier(LocalDateTime a, LocalDateTime b) => a < b ? a : b;
}
