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
}
