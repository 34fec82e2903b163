using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Procedures.Calendar;

/// <summary>The unit a processing time limit is counted in.</summary>
public enum TimeLimitUnit
{
    /// <summary>Ngày làm việc: Monday–Friday minus days off, plus swapped working Saturdays.</summary>
    WorkingDays,
    /// <summary>Ngày: calendar days counted by Civil Code 2015 Art. 147–148.</summary>
    CalendarDays,
    /// <summary>Giờ: working hours inside office hours.</summary>
    Hours,
    /// <summary>
    /// Tháng: calendar months (Civil Code 2015 Art. 148): the period ends on the corresponding day of its last month,
    /// or on that month's last day when it has no such day. A calendar period, allowed only where the language says.
    /// </summary>
    Months,
    /// <summary>Năm: calendar years, ending on the corresponding day and month of the last year. A calendar period.</summary>
    Years,
}

/// <summary>Why an amount is not a time limit in its unit.</summary>
public enum TimeLimitProblem
{
    /// <summary>Zero or less.</summary>
    NotPositive,
    /// <summary>Longer than any administrative time limit (more than ten years' worth of the unit).</summary>
    TooLong,
    /// <summary>Calendar days, months and years count whole.</summary>
    NotWhole,
    /// <summary>Working days count in halves, an office session each (0.5, 1.5 …).</summary>
    NotHalfDays,
    /// <summary>Hours count in quarters (0.25, 0.5 …).</summary>
    NotQuarterHours,
}

/// <summary>
/// A processing time limit such as "20 ngày làm việc" or "0.5 ngày làm việc": a domain type rather than a number,
/// so that working days, calendar days and hours never mix silently, and one that is always valid: construction
/// refuses an amount that is not positive, absurdly long or finer than its unit counts, so whatever holds a
/// <see cref="TimeLimit"/> (the calendar, the runtime, the compiler) can count with it without checking again.
/// </summary>
public sealed record TimeLimit
{
    /// <summary>The most of a unit: ten years' worth (3650 days, working days or hours; 120 months; 10 years).</summary>
    public static decimal Maximum(TimeLimitUnit unit) => unit switch
    {
        TimeLimitUnit.Months => 120,
        TimeLimitUnit.Years => 10,
        _ => 3650,
    };

    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive or is absurdly long.</exception>
    /// <exception cref="ArgumentException">The amount is finer than the unit counts (a quarter working day, half a calendar day).</exception>
    [JsonConstructor]
    public TimeLimit(decimal amount, TimeLimitUnit unit)
    {
        switch (Check(amount, unit))
        {
            case TimeLimitProblem.NotPositive or TimeLimitProblem.TooLong:
                throw new ArgumentOutOfRangeException(nameof(amount), amount, $"{amount.ToString(CultureInfo.InvariantCulture)} {Words(unit)} is not a time limit: it must be more than zero and at most {Maximum(unit)}.");
            case { } problem:
                throw new ArgumentException($"{amount.ToString(CultureInfo.InvariantCulture)} {Words(unit)} is not a time limit: {Describe(problem, unit)}.", nameof(amount));
        }
        Amount = amount;
        Unit = unit;
    }

    public decimal Amount { get; }

    public TimeLimitUnit Unit { get; }

    public static TimeLimit WorkingDays(decimal amount) => new(amount, TimeLimitUnit.WorkingDays);
    public static TimeLimit CalendarDays(decimal amount) => new(amount, TimeLimitUnit.CalendarDays);
    public static TimeLimit Hours(decimal amount) => new(amount, TimeLimitUnit.Hours);
    public static TimeLimit Months(decimal amount) => new(amount, TimeLimitUnit.Months);
    public static TimeLimit Years(decimal amount) => new(amount, TimeLimitUnit.Years);

    /// <summary>Months and years: periods of the calendar rather than amounts of time, counted by Civil Code Art. 148.</summary>
    [JsonIgnore]
    public bool IsCalendarPeriod => Unit is TimeLimitUnit.Months or TimeLimitUnit.Years;

    /// <summary>The limit, or null and what is wrong with the amount; for input read from people, which is never thrown at.</summary>
    public static bool TryCreate(decimal amount, TimeLimitUnit unit, [NotNullWhen(true)] out TimeLimit? limit, out TimeLimitProblem problem)
    {
        if (Check(amount, unit) is { } found)
        {
            (limit, problem) = (null, found);
            return false;
        }
        (limit, problem) = (new TimeLimit(amount, unit), default);
        return true;
    }

    static TimeLimitProblem? Check(decimal amount, TimeLimitUnit unit)
    {
        if (amount <= 0)
            return TimeLimitProblem.NotPositive;
        if (amount > Maximum(unit))
            return TimeLimitProblem.TooLong;
        return unit switch
        {
            TimeLimitUnit.CalendarDays or TimeLimitUnit.Months or TimeLimitUnit.Years when amount != decimal.Truncate(amount) => TimeLimitProblem.NotWhole,
            TimeLimitUnit.WorkingDays when amount * 2 != decimal.Truncate(amount * 2) => TimeLimitProblem.NotHalfDays,
            TimeLimitUnit.Hours when amount * 4 != decimal.Truncate(amount * 4) => TimeLimitProblem.NotQuarterHours,
            TimeLimitUnit.WorkingDays or TimeLimitUnit.CalendarDays or TimeLimitUnit.Hours or TimeLimitUnit.Months or TimeLimitUnit.Years => null,
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time limit unit."),
        };
    }

    static string Describe(TimeLimitProblem problem, TimeLimitUnit unit) => problem switch
    {
        TimeLimitProblem.NotWhole => $"{Words(unit)} count whole",
        TimeLimitProblem.NotHalfDays => "working days count in halves (0.5, 1.5 …)",
        _ => "hours count in quarters (0.25, 0.5 …)",
    };

    static string Words(TimeLimitUnit unit) => unit switch
    {
        TimeLimitUnit.WorkingDays => "working days",
        TimeLimitUnit.CalendarDays => "days",
        TimeLimitUnit.Months => "months",
        TimeLimitUnit.Years => "years",
        _ => "hours",
    };

    public override string ToString() => $"{Amount.ToString(CultureInfo.InvariantCulture)} {Words(Unit)}";
}
