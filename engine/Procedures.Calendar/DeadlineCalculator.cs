using NodaTime;

namespace Procedures.Calendar;

/// <summary>
/// The arithmetic of time limits, shared by every calendar: which days are working days is the
/// index's business, the rest is here. The rules are stated on <see cref="VietnamWorkingCalendar.Add(LocalDateTime, TimeLimit)"/>.
/// </summary>
internal sealed class DeadlineCalculator(OfficeHours hours, IWorkingDayIndex index)
{
    /// <summary>A <see cref="TimeLimit"/> is positive and counts in its unit's steps, so every limit is counted here.</summary>
    public LocalDateTime Add(LocalDateTime start, TimeLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return limit.Unit switch
        {
            TimeLimitUnit.WorkingDays => AddWorkingDays(start, limit),
            TimeLimitUnit.CalendarDays => AddCalendarDays(start, limit),
            TimeLimitUnit.Months => EndOfPeriod(start.Date.PlusMonths((int)limit.Amount)),
            TimeLimitUnit.Years => EndOfPeriod(start.Date.PlusYears((int)limit.Amount)),
            _ => AddHours(start, limit),
        };
    }

    /// <summary>
    /// Whole office sessions (half working days) between two moments, as working days count them: from the first
    /// session boundary at or after <paramref name="from"/> to the first at or after <paramref name="to"/>, the session
    /// in which each moment falls not counted (a moment after the hand-over cut-off counts from the next morning).
    /// </summary>
    public int SessionsBetween(LocalDateTime from, LocalDateTime to) =>
        Math.Max(0, OriginInHalfDays(to) - OriginInHalfDays(from));

    /// <summary>
    /// <paramref name="at"/> moved later by whole office sessions: the same time into the session that many sessions on
    /// (at most that session's end); a moment outside the sessions counts as the start of the next one.
    /// </summary>
    public LocalDateTime PlusSessions(LocalDateTime at, int sessions)
    {
        var (session, into) = SessionOf(at);
        var target = session + sessions;
        var day = index.WorkingDay(target / 2);
        var (opens, closes) = target % 2 == 0 ? (hours.MorningStart, hours.MorningEnd) : (hours.AfternoonStart, hours.AfternoonEnd);
        var length = closes.TickOfDay - opens.TickOfDay;
        return day.At(opens.PlusTicks(Math.Min(into, length)));
    }

    /// <summary>The session a moment falls in (2 × the working day's number, +1 for the afternoon) and how far into it.</summary>
    private (int Session, long Into) SessionOf(LocalDateTime at)
    {
        var date = at.Date;
        var time = at.TimeOfDay;
        var day = index.Ordinal(date);
        if (!index.IsWorkingDay(date) || time > hours.AfternoonEnd)
        {
            return ((index.IsWorkingDay(date) ? day + 1 : day) * 2, 0);
        }
        if (time < hours.MorningStart)
        {
            return (day * 2, 0);
        }
        if (time <= hours.MorningEnd)
        {
            return (day * 2, time.TickOfDay - hours.MorningStart.TickOfDay);
        }
        if (time < hours.AfternoonStart)
        {
            return (day * 2 + 1, 0);
        }
        return (day * 2 + 1, time.TickOfDay - hours.AfternoonStart.TickOfDay);
    }

    /// <summary>
    /// Civil Code 2015 Art. 148: a period in months or years ends on the corresponding day of its last month or year (the
    /// last day of a month that has none); a last day that is a day off moves to the next working day, at the close.
    /// </summary>
    private LocalDateTime EndOfPeriod(LocalDate last) => index.WorkingDayOnOrAfter(last).At(hours.Close);

    /// <summary>
    /// Counts in half days (sessions) from the first session boundary at or after the receipt; the
    /// session in which the dossier arrives is not counted. Positions: 2j is the opening of working
    /// day j, 2j+1 its lunch break, 2j+2 its close (the same moment, in working time, as the opening of day j+1).
    /// </summary>
    private LocalDateTime AddWorkingDays(LocalDateTime start, TimeLimit limit)
    {
        var due = OriginInHalfDays(start) + (int)(limit.Amount * 2);
        return due % 2 == 1
            ? index.WorkingDay((due - 1) / 2).At(hours.MorningEnd)
            : index.WorkingDay(due / 2 - 1).At(hours.AfternoonEnd);
    }

    private int OriginInHalfDays(LocalDateTime start)
    {
        var date = start.Date;
        var time = start.TimeOfDay;
        var day = index.Ordinal(date) * 2;
        if (!index.IsWorkingDay(date))
        {
            return day;
        }
        // Decree 61/2018 Art. 18: received after the cut-off, the dossier moves the next working morning.
        if (time > hours.HandOverCutoff)
        {
            return day + 2;
        }
        if (time <= hours.MorningStart)
        {
            return day;
        }
        return time <= hours.AfternoonStart ? day + 1 : day + 2;
    }

    /// <summary>
    /// Civil Code 2015 Art. 147(1): day 1 is the day after the event. Art. 148(2): when the last day
    /// is a weekend day or a holiday, the period ends with the next working day. Art. 148(4): a period
    /// for something done at an agency ends when its office closes.
    /// </summary>
    private LocalDateTime AddCalendarDays(LocalDateTime start, TimeLimit limit)
    {
        var last = start.Date.PlusDays((int)limit.Amount);
        return index.WorkingDayOnOrAfter(last).At(hours.Close);
    }

    /// <summary>Working hours inside the office sessions, from the receipt (moved to the next working morning after the cut-off).</summary>
    private LocalDateTime AddHours(LocalDateTime start, TimeLimit limit)
    {
        var remaining = decimal.ToInt64(decimal.Round(limit.Amount * NodaConstants.TicksPerHour));
        var date = start.Date;
        var time = start.TimeOfDay;
        if (!index.IsWorkingDay(date) || time > hours.HandOverCutoff || time >= hours.AfternoonEnd)
        {
            date = index.NextWorkingDay(date);
            time = hours.MorningStart;
        }
        else if (time < hours.MorningStart)
        {
            time = hours.MorningStart;
        }
        else if (time >= hours.MorningEnd && time < hours.AfternoonStart)
        {
            time = hours.AfternoonStart;
        }
        while (true)
        {
            var sessionEnd = time < hours.MorningEnd ? hours.MorningEnd : hours.AfternoonEnd;
            var available = sessionEnd.TickOfDay - time.TickOfDay;
            if (remaining <= available)
            {
                return date.At(time.PlusTicks(remaining));
            }
            remaining -= available;
            if (sessionEnd == hours.MorningEnd)
            {
                time = hours.AfternoonStart;
            }
            else
            {
                date = index.NextWorkingDay(date);
                time = hours.MorningStart;
            }
        }
    }
}
