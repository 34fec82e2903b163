using NodaTime;
using NodaTime.Text;

namespace Procedures.Calendar.Tests;

/// <summary>
/// Months and years (Civil Code 2015 Art. 148), and the working time a stopped clock does not count: whole office
/// sessions between two moments, and a due moment moved by them.
/// </summary>
public sealed class CalendarPeriodTests
{
    private static readonly VietnamWorkingCalendar Calendar = RepositoryCalendar.Load();
    private static readonly WeekdayCalendar Weekdays = new();

    [Theory]
    [InlineData("2026-03-16T10:00", 1, "2026-04-16T17:00")] // the corresponding day of the next month
    [InlineData("2026-01-31T10:00", 1, "2026-03-02T17:00")] // no 31 February: its last day, a Saturday, moves to Monday
    [InlineData("2026-01-15T10:00", 1, "2026-02-23T17:00")] // 15 February is a Sunday before Tết (16–20): the next working day
    [InlineData("2025-05-10T09:00", 3, "2025-08-11T17:00")] // 10 August 2025 is a Sunday
    public void Months_end_on_the_corresponding_day_of_the_last_month(string start, int months, string due) =>
        Assert.Equal(At(due), Calendar.Add(At(start), TimeLimit.Months(months)));

    [Theory]
    [InlineData("2024-02-29T10:00", 1, "2025-02-28T17:00")] // no 29 February in 2025
    [InlineData("2025-04-29T10:00", 2, "2027-04-29T17:00")]
    public void Years_end_on_the_corresponding_day_and_month(string start, int years, string due) =>
        Assert.Equal(At(due), Calendar.Add(At(start), TimeLimit.Years(years)));

    [Theory]
    [InlineData("2025-07-14T09:00", "2025-07-14T14:00", 1)] // Monday: the afternoon began while it waited
    [InlineData("2025-07-14T09:00", "2025-07-14T11:00", 0)] // within one session: nothing counted
    [InlineData("2025-07-14T16:00", "2025-07-16T16:00", 4)] // after the cut-off both times: Tuesday and Wednesday
    [InlineData("2025-07-11T10:00", "2025-07-14T10:00", 2)] // Friday to Monday: Friday afternoon and Monday morning
    [InlineData("2025-07-14T10:00", "2025-07-14T09:00", 0)] // not later: nothing
    public void Sessions_between_two_moments_count_the_half_days_begun_in_between(string from, string to, int sessions) =>
        Assert.Equal(sessions, Weekdays.SessionsBetween(At(from), At(to)));

    [Theory]
    [InlineData("2025-07-18T17:00", 1, "2025-07-21T11:30")] // Friday's close, one session on: Monday noon
    [InlineData("2025-07-18T17:00", 4, "2025-07-22T17:00")]
    [InlineData("2025-07-14T09:15", 3, "2025-07-15T14:45")] // the same time into the session three sessions on
    [InlineData("2025-07-14T12:00", 1, "2025-07-15T07:30")] // at lunch: from the afternoon's start
    [InlineData("2025-07-19T10:00", 2, "2025-07-22T07:30")] // a Saturday: from Monday's opening
    public void A_due_moment_moves_by_whole_sessions(string at, int sessions, string moved) =>
        Assert.Equal(At(moved), Weekdays.PlusSessions(At(at), sessions));

    [Fact]
    public void The_working_days_of_a_limit_stopped_and_resumed_are_the_same_working_days()
    {
        // A 10-working-day limit received on Monday morning, stopped on Wednesday at 09:00 and resumed eight days later:
        // what remained at the stop remains after it.
        var received = At("2025-07-14T08:00");
        var due = Weekdays.Add(received, TimeLimit.WorkingDays(10));
        var (stopped, resumed) = (At("2025-07-16T09:00"), At("2025-07-24T09:00"));
        var moved = Weekdays.PlusSessions(due, Weekdays.SessionsBetween(stopped, resumed));
        Assert.Equal(At("2025-07-28T11:30"), due); // counted from Monday afternoon
        Assert.Equal(At("2025-08-05T11:30"), moved); // twelve sessions later
        Assert.Equal(Weekdays.SessionsBetween(stopped, due), Weekdays.SessionsBetween(resumed, moved));
    }

    private static LocalDateTime At(string text) => LocalDateTimePattern.GeneralIso.Parse(text + ":00").Value;
}
