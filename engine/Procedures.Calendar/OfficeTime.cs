using NodaTime;

namespace Procedures.Calendar;

/// <summary>When people at an office can act: inside a session of a working day.</summary>
public static class OfficeTime
{
    /// <summary>
    /// <paramref name="at"/> itself when it falls inside a morning or afternoon session of a working day (its closing
    /// minute included); otherwise the start of the next session: after lunch, or the next working day's opening.
    /// A dossier submitted on Saturday is received on Monday morning; nobody acts at 23:59 during Tết.
    /// Looks at most a year ahead so that a calendar with no working days cannot hang the caller.
    /// </summary>
    public static LocalDateTime Next(this IWorkingCalendar calendar, LocalDateTime at)
    {
        var hours = calendar.OfficeHours;
        if (calendar.IsWorkingDay(at.Date))
        {
            var time = at.TimeOfDay;
            if (time < hours.MorningStart) return at.Date.At(hours.MorningStart);
            if (time <= hours.MorningEnd) return at;
            if (time < hours.AfternoonStart) return at.Date.At(hours.AfternoonStart);
            if (time <= hours.AfternoonEnd) return at;
        }
        var day = at.Date.PlusDays(1);
        for (var i = 0; i < 366 && !calendar.IsWorkingDay(day); i++) day = day.PlusDays(1);
        return day.At(hours.MorningStart);
    }

    /// <summary>
    /// The office time between two moments: the part of [<paramref name="from"/>, <paramref name="to"/>] that falls inside
    /// the morning and afternoon sessions of working days. Zero when <paramref name="to"/> is not after
    /// <paramref name="from"/>. A stopped clock moves the appointment by this much (the time spent waiting on someone
    /// outside the agency does not count against it).
    /// </summary>
    public static Duration Between(this IWorkingCalendar calendar, LocalDateTime from, LocalDateTime to)
    {
        var hours = calendar.OfficeHours;
        var total = Duration.Zero;
        for (var day = from.Date; day <= to.Date; day = day.PlusDays(1))
        {
            if (!calendar.IsWorkingDay(day)) continue;
            total += Overlap(day.At(hours.MorningStart), day.At(hours.MorningEnd), from, to)
                   + Overlap(day.At(hours.AfternoonStart), day.At(hours.AfternoonEnd), from, to);
        }
        return total;
    }

    /// <summary>
    /// The moment <paramref name="officeTime"/> of office time after <paramref name="at"/>, counting only the sessions of
    /// working days (no hand-over cut-off: the clock simply runs on where it stopped). <paramref name="at"/> itself for
    /// zero or less.
    /// </summary>
    public static LocalDateTime PlusOfficeTime(this IWorkingCalendar calendar, LocalDateTime at, Duration officeTime)
    {
        if (officeTime <= Duration.Zero) return at;
        var hours = calendar.OfficeHours;
        var remaining = officeTime;
        var date = at.Date;
        var time = at.TimeOfDay;
        for (var guard = 0; guard < 200_000; guard++)
        {
            if (calendar.IsWorkingDay(date))
            {
                foreach (var (start, end) in new[] { (hours.MorningStart, hours.MorningEnd), (hours.AfternoonStart, hours.AfternoonEnd) })
                {
                    if (time >= end) continue;
                    var from = time < start ? start : time;
                    var available = Duration.FromTicks(end.TickOfDay - from.TickOfDay);
                    if (remaining <= available) return date.At(from.PlusTicks(remaining.BclCompatibleTicks));
                    remaining -= available;
                    time = end;
                }
            }
            date = date.PlusDays(1);
            time = LocalTime.Midnight;
        }
        throw new ArgumentOutOfRangeException(nameof(officeTime), officeTime, "No working days to count office time on.");
    }

    private static Duration Overlap(LocalDateTime sessionStart, LocalDateTime sessionEnd, LocalDateTime from, LocalDateTime to)
    {
        var start = sessionStart > from ? sessionStart : from;
        var end = sessionEnd < to ? sessionEnd : to;
        return end > start ? (end - start).ToDuration() : Duration.Zero;
    }
}
