using NodaTime;
using NodaTime.Text;

namespace Procedures.Calendar.Tests;

/// <summary>
/// Office time between two moments and after one: what a stopped clock moves the appointment by. Office hours
/// 07:30–11:30 and 13:00–17:00 on working days; Tết 2026 is 16–20 February.
/// </summary>
public sealed class OfficeTimeTests
{
    private static readonly VietnamWorkingCalendar Calendar = RepositoryCalendar.Load();

    [Theory]
    [InlineData("2026-03-03T09:00", "2026-03-06T09:00", 24)] // Tuesday to Friday: three working days of 8 hours
    [InlineData("2026-03-02T11:00", "2026-03-02T14:00", 1.5)] // lunch does not count
    [InlineData("2026-03-06T16:00", "2026-03-09T08:30", 2)] // the weekend does not count
    [InlineData("2026-02-13T16:00", "2026-02-23T08:30", 2)] // nor does Tết
    [InlineData("2026-03-07T09:00", "2026-03-08T09:00", 0)] // a weekend only
    [InlineData("2026-03-06T09:00", "2026-03-03T09:00", 0)] // backwards
    public void Office_time_between_two_moments_counts_only_the_sessions_of_working_days(string from, string to, double hours) =>
        Assert.Equal(Duration.FromHours(hours), Calendar.Between(At(from), At(to)));

    [Theory]
    [InlineData("2026-04-13T11:30", 24, "2026-04-16T11:30")] // three working days later, the same time
    [InlineData("2026-03-02T16:00", 0.5, "2026-03-02T16:30")] // no hand-over cut-off: the clock runs on where it stood
    [InlineData("2026-03-02T17:00", 1, "2026-03-03T08:30")] // from the close: the next working morning
    [InlineData("2026-03-02T11:00", 1, "2026-03-02T13:30")] // over lunch
    [InlineData("2026-02-13T16:00", 2, "2026-02-23T08:30")] // over Tết
    [InlineData("2026-03-02T10:00", 0, "2026-03-02T10:00")]
    public void Office_time_after_a_moment_skips_lunch_evenings_and_days_off(string at, double hours, string expected) =>
        Assert.Equal(At(expected), Calendar.PlusOfficeTime(At(at), Duration.FromHours(hours)));

    [Fact]
    public void Moving_a_time_by_the_office_time_between_two_moments_keeps_the_working_time_left()
    {
        var due = At("2026-04-20T11:30");
        var stopped = At("2026-03-04T10:00");
        var resumed = At("2026-03-12T15:45");
        var moved = Calendar.PlusOfficeTime(due, Calendar.Between(stopped, resumed));
        Assert.Equal(Calendar.Between(stopped, due), Calendar.Between(resumed, moved));
    }

    private static LocalDateTime At(string text) => LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(text).Value;
}
