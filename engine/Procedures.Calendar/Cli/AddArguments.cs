using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Procedures.Calendar.Cli;

/// <summary>The arguments of <c>procedures calendar add &lt;start&gt; &lt;amount&gt; &lt;unit&gt;</c>, checked.</summary>
/// <param name="HasTime">Whether the start was given with a time; without one, the receipt is taken at the close of that day.</param>
public sealed record AddArguments(LocalDateTime Start, bool HasTime, TimeLimit Limit)
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalDateTimePattern MinutePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");
    private static readonly LocalDateTimePattern SecondPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss");

    /// <summary>Parses the three arguments, or says in one line what is wrong.</summary>
    public static (AddArguments? Arguments, string? Error) Parse(string start, string amount, string unit, OfficeHours officeHours)
    {
        LocalDateTime startAt;
        bool hasTime;
        if (DatePattern.Parse(start) is { Success: true } date)
        {
            startAt = date.Value.At(officeHours.Close);
            hasTime = false;
        }
        else if (MinutePattern.Parse(start) is { Success: true } minute)
        {
            (startAt, hasTime) = (minute.Value, true);
        }
        else if (SecondPattern.Parse(start) is { Success: true } second)
        {
            (startAt, hasTime) = (second.Value, true);
        }
        else
        {
            return (null, $"\"{start}\" is not a start date; expected YYYY-MM-DD or YYYY-MM-DDTHH:mm");
        }
        if (startAt.Date < VietnamWorkingCalendar.FirstDate || startAt.Date > VietnamWorkingCalendar.LastDate)
        {
            return (null, $"{start} is outside the calendar's range {VietnamWorkingCalendar.FirstDate:uuuu-MM-dd}..{VietnamWorkingCalendar.LastDate:uuuu-MM-dd}");
        }

        TimeLimitUnit? limitUnit = unit switch
        {
            "working-days" or "working-day" => TimeLimitUnit.WorkingDays,
            "days" or "day" => TimeLimitUnit.CalendarDays,
            "hours" or "hour" => TimeLimitUnit.Hours,
            _ => null,
        };
        if (limitUnit is null)
        {
            return (null, $"\"{unit}\" is not a unit; expected working-days, days or hours");
        }
        if (!decimal.TryParse(amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > 100_000)
        {
            return (null, $"\"{amount}\" is not an amount; expected a number such as 20 or 0.5");
        }
        if (limitUnit == TimeLimitUnit.WorkingDays && value * 2 != decimal.Truncate(value * 2))
        {
            return (null, $"{amount} working days is not a whole or half number of days");
        }
        if (limitUnit == TimeLimitUnit.CalendarDays && value != decimal.Truncate(value))
        {
            return (null, $"{amount} days is not a whole number of days");
        }
        return (new AddArguments(startAt, hasTime, new TimeLimit(value, limitUnit.Value)), null);
    }
}
