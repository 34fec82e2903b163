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
    /// <summary>Tháng: calendar months (Civil Code 2015 Art. 148(1)(c): the same day of the last month, or its last day).</summary>
    Months,
    /// <summary>Năm: calendar years (Civil Code 2015 Art. 148(1)(d): the same day and month of the last year).</summary>
    Years,
}

/// <summary>
/// A processing time limit such as "20 ngày làm việc" or "0.5 ngày làm việc".
/// A domain type rather than a double so that working days, calendar days and hours never mix silently.
/// </summary>
public readonly record struct TimeLimit(decimal Amount, TimeLimitUnit Unit)
{
    public static TimeLimit WorkingDays(decimal amount) => new(amount, TimeLimitUnit.WorkingDays);
    public static TimeLimit CalendarDays(decimal amount) => new(amount, TimeLimitUnit.CalendarDays);
    public static TimeLimit Hours(decimal amount) => new(amount, TimeLimitUnit.Hours);
    public static TimeLimit Months(decimal amount) => new(amount, TimeLimitUnit.Months);
    public static TimeLimit Years(decimal amount) => new(amount, TimeLimitUnit.Years);

    public override string ToString() => Unit switch
    {
        TimeLimitUnit.WorkingDays => $"{Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} working days",
        TimeLimitUnit.CalendarDays => $"{Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} days",
        TimeLimitUnit.Months => $"{Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} months",
        TimeLimitUnit.Years => $"{Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} years",
        _ => $"{Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} hours",
    };
}
