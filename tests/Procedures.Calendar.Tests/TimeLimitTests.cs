using System.Text.Json;

namespace Procedures.Calendar.Tests;

/// <summary>A time limit is valid by construction: what is not a time limit is refused where it is made, never counted.</summary>
public sealed class TimeLimitTests
{
    [Theory]
    [InlineData("0", TimeLimitUnit.WorkingDays, TimeLimitProblem.NotPositive)] // nothing to count is not a time limit
    [InlineData("-1", TimeLimitUnit.CalendarDays, TimeLimitProblem.NotPositive)]
    [InlineData("3650.5", TimeLimitUnit.WorkingDays, TimeLimitProblem.TooLong)]
    [InlineData("4000", TimeLimitUnit.Hours, TimeLimitProblem.TooLong)]
    [InlineData("1.5", TimeLimitUnit.CalendarDays, TimeLimitProblem.NotWhole)]
    [InlineData("0.25", TimeLimitUnit.WorkingDays, TimeLimitProblem.NotHalfDays)]
    [InlineData("0.3", TimeLimitUnit.Hours, TimeLimitProblem.NotQuarterHours)]
    [InlineData("121", TimeLimitUnit.Months, TimeLimitProblem.TooLong)] // ten years' worth of each unit at most
    [InlineData("11", TimeLimitUnit.Years, TimeLimitProblem.TooLong)]
    [InlineData("1.5", TimeLimitUnit.Years, TimeLimitProblem.NotWhole)]
    public void What_is_not_a_time_limit_says_why(string amount, TimeLimitUnit unit, TimeLimitProblem expected)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(TimeLimit.TryCreate(value, unit, out var limit, out var problem));
        Assert.Null(limit);
        Assert.Equal(expected, problem);
    }

    [Theory]
    [InlineData("0.5", TimeLimitUnit.WorkingDays)]
    [InlineData("3650", TimeLimitUnit.CalendarDays)]
    [InlineData("0.25", TimeLimitUnit.Hours)]
    [InlineData("120", TimeLimitUnit.Months)]
    [InlineData("10", TimeLimitUnit.Years)]
    public void The_smallest_and_largest_steps_of_each_unit_are_time_limits(string amount, TimeLimitUnit unit)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(TimeLimit.TryCreate(value, unit, out var limit, out _));
        Assert.Equal(new TimeLimit(value, unit), limit);
    }

    [Fact]
    public void Construction_refuses_what_is_not_a_time_limit()
    {
        var notPositive = Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.WorkingDays(0));
        Assert.StartsWith("0 working days is not a time limit: it must be more than zero and at most 3650.", notPositive.Message);
        var tooFine = Assert.Throws<ArgumentException>(() => TimeLimit.CalendarDays(2.5m));
        Assert.StartsWith("2.5 days is not a time limit: days count whole.", tooFine.Message);
    }

    [Fact]
    public void A_definition_s_time_limit_reads_back_from_its_JSON_and_a_broken_one_does_not()
    {
        var json = JsonSerializer.Serialize(TimeLimit.WorkingDays(1.5m));
        Assert.Equal("""{"Amount":1.5,"Unit":0}""", json);
        Assert.Equal(TimeLimit.WorkingDays(1.5m), JsonSerializer.Deserialize<TimeLimit>(json));
        Assert.Throws<ArgumentOutOfRangeException>(() => JsonSerializer.Deserialize<TimeLimit>("""{"Amount":0,"Unit":0}"""));
    }
}
