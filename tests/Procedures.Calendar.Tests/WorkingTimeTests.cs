using CsCheck;
using NodaTime;
using static Procedures.Calendar.Tests.DeadlineTests;

namespace Procedures.Calendar.Tests;

/// <summary>Working time between two moments, and a due time moved by it: what a stopped clock needs.</summary>
public sealed class WorkingTimeTests
{
    private static readonly VietnamWorkingCalendar Calendar = RepositoryCalendar.Load();

    [Theory]
    [InlineData("2026-03-03T10:00", "2026-03-05T10:00", 16)] // Tuesday to Thursday: two office days
    [InlineData("2026-03-03T10:00", "2026-03-03T14:00", 2.5)] // 10:00–11:30 and 13:00–14:00; lunch is no working time
    [InlineData("2026-03-06T10:00", "2026-03-09T10:00", 8)] // Friday to Monday: the weekend is no working time
    [InlineData("2026-03-06T10:00", "2026-03-07T09:00", 5.5)] // handed back on Saturday: Friday's rest only
    [InlineData("2026-03-06T18:00", "2026-03-09T07:30", 0)] // between Friday's close and Monday's opening
    [InlineData("2026-04-24T10:00", "2026-05-04T10:00", 24)] // Hùng Kings' day (27 April), 30 April and 1 May are off
    [InlineData("2026-02-13T16:00", "2026-02-23T08:30", 2)] // across Tết 2026: Friday's last hour, Monday's first
    [InlineData("2026-03-05T10:00", "2026-03-03T10:00", 0)] // backwards: nothing
    public void Between_counts_only_office_sessions_of_working_days(string from, string to, double hours) =>
        Assert.Equal(Duration.FromMinutes(hours * 60), Calendar.Between(At(from), At(to)));

    [Theory]
    [InlineData("2026-03-13T17:00", 16, "2026-03-17T17:00")] // two office days later
    [InlineData("2026-03-13T11:30", 4, "2026-03-13T17:00")] // the afternoon session
    [InlineData("2026-03-13T11:30", 3, "2026-03-13T16:00")]
    [InlineData("2026-03-13T17:00", 4, "2026-03-16T11:30")] // over the weekend, ends at the morning's close
    [InlineData("2026-04-24T17:00", 24, "2026-05-04T17:00")] // past Hùng Kings' day, 30 April and 1 May
    [InlineData("2026-02-13T17:00", 8, "2026-02-23T17:00")] // past Tết 2026
    [InlineData("2026-03-13T10:00", 0, "2026-03-13T10:00")]
    public void Postpone_moves_a_due_time_by_working_time(string due, double hours, string moved) =>
        Assert.Equal(At(moved), Calendar.Postpone(At(due), Duration.FromMinutes(hours * 60)));

    [Fact]
    public void A_due_time_moved_by_the_time_spent_away_keeps_the_working_time_left()
    {
        // What the stopped clock promises: the working time left between the stop and the old due time is the working
        // time left between the resume and the new one.
        var moments = Gen.Int[0, 3 * 366 * 24 * 4].Select(q => new LocalDateTime(2024, 1, 1, 0, 0).PlusMinutes(q * 15L));
        Gen.Select(moments, moments, Gen.Int[0, 40 * 16]).Sample((stop, resume, halfHours) =>
        {
            if (resume < stop) (stop, resume) = (resume, stop);
            var due = Calendar.Postpone(stop, Duration.FromMinutes(halfHours * 30));
            var moved = Calendar.Postpone(due, Calendar.Between(stop, resume));
            Assert.Equal(Calendar.Between(stop, due), Calendar.Between(resume, moved));
            Assert.True(moved >= due);
        }, iter: 2000);
    }
}
