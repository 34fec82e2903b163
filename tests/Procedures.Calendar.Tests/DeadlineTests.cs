using NodaTime;
using NodaTime.Text;

namespace Procedures.Calendar.Tests;

/// <summary>Worked examples of the counting rules stated on <see cref="VietnamWorkingCalendar.Add(LocalDateTime, TimeLimit)"/>.</summary>
public sealed class DeadlineTests
{
    private static readonly VietnamWorkingCalendar Calendar = RepositoryCalendar.Load();

    [Theory]
    // Monday 2 March 2026, an ordinary week. The session of receipt is not counted.
    [InlineData("2026-03-02T07:00", "1", "2026-03-02T17:00")] // before opening: the whole day counts
    [InlineData("2026-03-02T07:30", "1", "2026-03-02T17:00")]
    [InlineData("2026-03-02T09:00", "1", "2026-03-03T11:30")] // from the afternoon
    [InlineData("2026-03-02T09:00", "0.5", "2026-03-02T17:00")]
    [InlineData("2026-03-02T12:00", "0.5", "2026-03-02T17:00")] // at lunch: the afternoon counts
    [InlineData("2026-03-02T14:59", "1", "2026-03-03T17:00")]
    [InlineData("2026-03-02T15:01", "1", "2026-03-03T17:00")] // after the cut-off: from the next morning
    [InlineData("2026-03-02T17:00", "0.5", "2026-03-03T11:30")]
    [InlineData("2026-03-07T10:00", "1", "2026-03-09T17:00")] // a Saturday: from Monday's opening
    // Tết 2026 (16–20 Feb) and the weekends around it are skipped.
    [InlineData("2026-02-13T10:00", "5", "2026-02-27T11:30")]
    [InlineData("2026-02-13T16:00", "5", "2026-02-27T17:00")]
    [InlineData("2026-02-13T16:00", "20", "2026-03-20T17:00")]
    // 2024: Monday 29 April off, Saturday 4 May worked.
    [InlineData("2024-04-26T17:00", "1", "2024-05-02T17:00")]
    [InlineData("2024-04-26T17:00", "3", "2024-05-04T17:00")]
    public void Working_days(string start, string amount, string due) =>
        Assert.Equal(At(due), Calendar.Add(At(start), TimeLimit.WorkingDays(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))));

    [Theory]
    [InlineData("2026-02-13", 5, "2026-02-27T17:00")]
    [InlineData("2026-02-14", 1, "2026-02-23T17:00")] // a Saturday before Tết
    [InlineData("2026-04-24", 1, "2026-04-28T17:00")] // Friday; Monday 27 April is off for Hùng Kings' day
    public void A_date_without_a_time_is_taken_as_received_at_the_close(string received, int days, string due) =>
        Assert.Equal(At(due), Calendar.Add(LocalDatePattern.Iso.Parse(received).Value, TimeLimit.WorkingDays(days)));

    [Theory]
    [InlineData("2026-03-02T09:00", 3, "2026-03-05T17:00")] // Thursday
    [InlineData("2026-03-02T16:30", 5, "2026-03-09T17:00")] // day 5 is Saturday 7th: next working day, Art. 148(2)
    [InlineData("2026-02-10T10:00", 10, "2026-02-23T17:00")] // day 10 is 20 Feb, in Tết
    [InlineData("2026-04-20T10:00", 7, "2026-04-28T17:00")] // day 7 is 27 April, off for Hùng Kings' day
    [InlineData("2026-02-14T10:00", 1, "2026-02-23T17:00")] // a Saturday: day 1 is Sunday, then Tết
    public void Calendar_days(string start, int days, string due) =>
        Assert.Equal(At(due), Calendar.Add(At(start), TimeLimit.CalendarDays(days)));

    [Theory]
    [InlineData("2026-03-02T07:30", "4", "2026-03-02T11:30")]
    [InlineData("2026-03-02T10:00", "8", "2026-03-03T10:00")]
    [InlineData("2026-03-02T11:00", "1", "2026-03-02T13:30")] // over lunch
    [InlineData("2026-03-02T12:15", "0.5", "2026-03-02T13:30")] // at lunch: from 13:00
    [InlineData("2026-03-02T14:00", "2.5", "2026-03-02T16:30")]
    [InlineData("2026-03-02T14:00", "3.5", "2026-03-03T08:00")]
    [InlineData("2026-03-02T15:30", "2", "2026-03-03T09:30")] // after the cut-off: from 07:30 next working day
    [InlineData("2026-02-13T16:00", "2", "2026-02-23T09:30")] // after the cut-off on the eve of Tết
    [InlineData("2026-03-07T09:00", "1", "2026-03-09T08:30")] // a Saturday
    public void Hours(string start, string hours, string due) =>
        Assert.Equal(At(due), Calendar.Add(At(start), TimeLimit.Hours(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void Limits_that_cannot_be_counted_are_refused()
    {
        var start = At("2026-03-02T09:00");
        Assert.Throws<ArgumentException>(() => Calendar.Add(start, TimeLimit.WorkingDays(0.25m)));
        Assert.Throws<ArgumentException>(() => Calendar.Add(start, TimeLimit.CalendarDays(1.5m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.Add(start, TimeLimit.WorkingDays(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.Add(At("2100-12-30T09:00"), TimeLimit.WorkingDays(5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.IsWorkingDay(new LocalDate(1899, 12, 31)));
    }

    [Fact]
    public void Office_hours_come_from_the_data()
    {
        var result = Procedures.Calendar.Data.CalendarLoader.FromSources(
            [new("office-hours.txt", "morning 08:00-12:00\nafternoon 13:30-17:30\ncutoff 16:00\n")]);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(At("2026-03-03T12:00"), result.Calendar.Add(At("2026-03-02T13:00"), TimeLimit.WorkingDays(1))); // 13:00 is lunch
        Assert.Equal(At("2026-03-03T17:30"), result.Calendar.Add(At("2026-03-02T14:00"), TimeLimit.WorkingDays(1)));
        Assert.Equal(At("2026-03-02T16:30"), result.Calendar.Add(At("2026-03-02T15:30"), TimeLimit.Hours(1)));
    }

    [Theory]
    [InlineData("2026-02-16T09:00", "1", "2026-02-17T11:30")] // no holidays in the weekday calendar
    [InlineData("2026-03-06T16:00", "1", "2026-03-09T17:00")]
    [InlineData("1850-01-01T09:00", "0.5", "1850-01-01T17:00")] // any date
    public void Weekday_calendar(string start, string amount, string due) =>
        Assert.Equal(At(due), new WeekdayCalendar().Add(At(start), TimeLimit.WorkingDays(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))));

    internal static LocalDateTime At(string text) =>
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(text).Value;
}
