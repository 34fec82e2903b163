using System.Collections.Immutable;
using NodaTime;
using Procedures.Calendar.Data;
using Procedures.Calendar.Lunar;

namespace Procedures.Calendar;

/// <summary>
/// Vietnam's working-day calendar for state agencies, 1900–2100: Monday to Friday (Saturday and Sunday
/// are the weekly rest days of the civil service), less the public holidays of Labour Code 2019 Art. 112
/// and their compensatory days (Art. 111(3)), less and plus the days each year's announcement swaps.
/// Immutable; every year's days are worked out when it is built.
/// </summary>
/// <remarks>Build one from data files with <see cref="CalendarLoader"/>; <c>new()</c> uses the rules alone.</remarks>
public sealed class VietnamWorkingCalendar : IWorkingCalendar
{
    public static readonly LocalDate FirstDate = new(1900, 1, 1);
    public static readonly LocalDate LastDate = new(2100, 12, 31);

    private readonly ImmutableArray<YearPlan> years;
    private readonly TableWorkingDayIndex index;
    private readonly DeadlineCalculator calculator;

    /// <summary>The rules alone, with the default office hours: no year's announcement.</summary>
    public VietnamWorkingCalendar()
        : this(OfficeHours.Default, Plan(new Dictionary<int, CalendarFile>(), ImmutableArray.CreateBuilder<CalendarDiagnostic>()))
    {
    }

    internal VietnamWorkingCalendar(OfficeHours officeHours, ImmutableArray<YearPlan> years)
    {
        OfficeHours = officeHours;
        this.years = years;
        var daysOff = years.SelectMany(y => y.DaysOff).Select(d => d.Date).ToHashSet();
        var worked = years.SelectMany(y => y.WorkedWeekendDays).ToHashSet();
        index = new TableWorkingDayIndex(FirstDate, LastDate, date =>
            worked.Contains(date) || (!YearPlanner.IsWeekend(date) && !daysOff.Contains(date)));
        calculator = new DeadlineCalculator(officeHours, index);
    }

    internal static ImmutableArray<YearPlan> Plan(IReadOnlyDictionary<int, CalendarFile> announcements, ImmutableArray<CalendarDiagnostic>.Builder diagnostics)
    {
        var lunar = LunarCalendar.Vietnam;
        var plans = ImmutableArray.CreateBuilder<YearPlan>(LastDate.Year - FirstDate.Year + 1);
        for (var year = FirstDate.Year; year <= LastDate.Year; year++)
        {
            plans.Add(YearPlanner.Plan(year, lunar, announcements.GetValueOrDefault(year), diagnostics));
        }
        return plans.MoveToImmutable();
    }

    public OfficeHours OfficeHours { get; }

    /// <summary>A year's days off other than ordinary weekends, in date order, holidays on a weekend included.</summary>
    public YearPlan Year(int year)
    {
        if (year < FirstDate.Year || year > LastDate.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The calendar covers {FirstDate.Year}–{LastDate.Year}.");
        }
        return years[year - FirstDate.Year];
    }

    /// <exception cref="ArgumentOutOfRangeException">The date is outside 1900–2100.</exception>
    public bool IsWorkingDay(LocalDate date) => index.IsWorkingDay(date);

    /// <summary>
    /// The due date-time of a time limit for a dossier received at <paramref name="start"/>.
    /// <list type="bullet">
    /// <item><b>Working days</b> (whole or half): counted in office sessions, a morning or an afternoon
    /// being half a day. The session during which the dossier is received is not counted (as the day of
    /// the event is not, Civil Code 2015 Art. 147(1)): counting starts at the next session boundary, so a
    /// dossier received in the morning counts from the afternoon, one received in the afternoon from the
    /// next working morning, one received on a day off or before opening from that working day's opening.
    /// Received after the 15:00 cut-off, it counts from the next working morning (Decree 61/2018 Art. 18).
    /// The due time is the end of the last counted session: 17:00 (the close) or 11:30 for a half day.</item>
    /// <item><b>Calendar days</b> (whole): day 1 is the day after the start date, whatever the time
    /// (Art. 147(1)); a period whose last day is a day off ends on the next working day (Art. 148(2)),
    /// at the close of office hours (Art. 148(4)).</item>
    /// <item><b>Hours</b>: working hours inside the office sessions, from the receipt; a receipt on a day
    /// off, before opening, at lunch or after the cut-off starts at the next session.</item>
    /// <item><b>Months, years</b> (whole; calendar periods): the period ends on the corresponding day of its last month
    /// or year, or on the last day of a month that has none (Civil Code 2015 Art. 148); a last day that is a day off
    /// moves to the next working day, at the close.</item>
    /// </list>
    /// The result is never before the start and always falls on a working day.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The start or the due date is outside 1900–2100.</exception>
    public LocalDateTime Add(LocalDateTime start, TimeLimit limit) => calculator.Add(start, limit);

    /// <summary>
    /// The due date-time for a dossier received on a date, at an unknown time: taken as received at the
    /// close of office hours, the latest reading, so that the promise is never early.
    /// </summary>
    public LocalDateTime Add(LocalDate received, TimeLimit limit) => calculator.Add(received.At(OfficeHours.Close), limit);

    /// <summary>
    /// Whole office sessions (half working days) between two moments, as working days count them: from the first
    /// session boundary at or after <paramref name="from"/> to the first at or after <paramref name="to"/> (so the
    /// session in which each moment falls is not counted, and after the hand-over cut-off counting starts the next
    /// morning). Zero when <paramref name="to"/> is not later.
    /// </summary>
    public int SessionsBetween(LocalDateTime from, LocalDateTime to) => calculator.SessionsBetween(from, to);

    /// <summary>
    /// <paramref name="at"/> moved later by whole office sessions: the same time into the session that many sessions on,
    /// at most to that session's end (a close at 17:00 moved by one session is the next working day's 11:30); a moment
    /// outside the sessions counts as the start of the next session.
    /// </summary>
    public LocalDateTime PlusSessions(LocalDateTime at, int sessions) => calculator.PlusSessions(at, sessions);
}
