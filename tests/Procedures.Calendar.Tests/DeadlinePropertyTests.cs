using CsCheck;
using NodaTime;

namespace Procedures.Calendar.Tests;

/// <summary>Laws of working-day arithmetic, for the Vietnamese calendar and the weekday calendar alike.</summary>
public sealed class DeadlinePropertyTests
{
    private static readonly VietnamWorkingCalendar Vietnam = RepositoryCalendar.Load();
    private static readonly WeekdayCalendar Weekdays = new();

    private static readonly LocalTime[] Boundaries =
        [new(0, 0), new(7, 29), new(7, 30), new(9, 0), new(11, 30), new(12, 0), new(13, 0), new(15, 0), new(15, 1), new(17, 0), new(23, 59)];

    /// <summary>Any minute of any day 1900–2099, half of them on the edges of the office sessions.</summary>
    private static readonly Gen<LocalDateTime> Start =
        Gen.Select(
            Gen.Int[0, 73_000],
            Gen.Frequency((1, Gen.Int[0, 1439].Select(m => new LocalTime(m / 60, m % 60))), (1, Gen.Int[0, Boundaries.Length - 1].Select(i => Boundaries[i]))),
            (day, time) => new LocalDate(1900, 1, 1).PlusDays(day).At(time));

    /// <summary>0.5 to 60 working days, in halves.</summary>
    private static readonly Gen<decimal> HalfDays = Gen.Int[1, 120].Select(h => h / 2m);

    public static TheoryData<string> Calendars => ["vietnam", "weekdays"];

    private static IWorkingCalendar Of(string name) => name == "vietnam" ? Vietnam : Weekdays;

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Adding_n_then_m_working_days_is_adding_n_plus_m(string name)
    {
        var calendar = Of(name);
        Gen.Select(Start, HalfDays, HalfDays).Sample((start, n, m) =>
            Assert.Equal(
                calendar.Add(start, TimeLimit.WorkingDays(n + m)),
                calendar.Add(calendar.Add(start, TimeLimit.WorkingDays(n)), TimeLimit.WorkingDays(m))), iter: 5000);
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void The_due_date_is_a_working_day_after_the_start_at_the_end_of_a_session(string name)
    {
        var calendar = Of(name);
        Gen.Select(Start, HalfDays).Sample((start, n) =>
        {
            var due = calendar.Add(start, TimeLimit.WorkingDays(n));
            Assert.True(calendar.IsWorkingDay(due.Date), $"{due} is not a working day");
            Assert.True(due > start, $"{due} is not after {start}");
            Assert.Contains(due.TimeOfDay, new[] { OfficeHours.Default.MorningEnd, OfficeHours.Default.AfternoonEnd });
        }, iter: 5000);
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void A_later_start_never_gives_an_earlier_due_date(string name)
    {
        var calendar = Of(name);
        Gen.Select(Start, Gen.Int[0, 10_000], HalfDays).Sample((start, minutes, n) =>
            Assert.True(calendar.Add(start, TimeLimit.WorkingDays(n)) <= calendar.Add(start.PlusMinutes(minutes), TimeLimit.WorkingDays(n))), iter: 5000);
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Whole_working_days_are_exactly_that_many_working_days_after_the_first_counted_day(string name)
    {
        var calendar = Of(name);
        Gen.Select(Start, Gen.Int[1, 60]).Sample((start, n) =>
        {
            var due = calendar.Add(start, TimeLimit.WorkingDays(n));
            var days = 0;
            for (var day = start.Date; day < due.Date; day = day.PlusDays(1))
            {
                days += calendar.IsWorkingDay(day) ? 1 : 0;
            }
            // Counted days between the start's day and the due day, both ends included, is n or n + 1
            // (n + 1 when the receipt's own day contributes only its unused afternoon).
            days += 1;
            Assert.InRange(days, n, n + 1);
        }, iter: 2000);
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Hours_end_inside_office_hours_on_a_working_day_after_the_start(string name)
    {
        var calendar = Of(name);
        Gen.Select(Start, Gen.Int[1, 200]).Sample((start, quarterHours) =>
        {
            var due = calendar.Add(start, TimeLimit.Hours(quarterHours / 4m));
            var time = due.TimeOfDay;
            Assert.True(calendar.IsWorkingDay(due.Date));
            Assert.True(due > start);
            Assert.True((time > OfficeHours.Default.MorningStart && time <= OfficeHours.Default.MorningEnd)
                || (time > OfficeHours.Default.AfternoonStart && time <= OfficeHours.Default.AfternoonEnd), $"{due}");
        }, iter: 3000);
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Calendar_days_end_on_the_first_working_day_at_or_after_day_n(string name)
    {
        var calendar = Of(name);
        Gen.Select(Start, Gen.Int[1, 90]).Sample((start, n) =>
        {
            var due = calendar.Add(start, TimeLimit.CalendarDays(n));
            Assert.True(due.Date >= start.Date.PlusDays(n));
            Assert.True(calendar.IsWorkingDay(due.Date));
            for (var day = start.Date.PlusDays(n); day < due.Date; day = day.PlusDays(1))
            {
                Assert.False(calendar.IsWorkingDay(day));
            }
            Assert.Equal(OfficeHours.Default.Close, due.TimeOfDay);
        }, iter: 3000);
    }
}
