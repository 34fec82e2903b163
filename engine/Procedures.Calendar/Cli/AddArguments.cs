using System.Globalization;
using System.Text;
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
    public static (AddArguments? Arguments, string? Error) Parse(string start, string amount, string unit, OfficeHours officeHours, CalendarToolWords words)
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
            return (null, words.NotAStartDate(start));
        }
        if (startAt.Date < VietnamWorkingCalendar.FirstDate || startAt.Date > VietnamWorkingCalendar.LastDate)
        {
            return (null, words.StartOutsideRange(start, VietnamWorkingCalendar.FirstDate, VietnamWorkingCalendar.LastDate));
        }

        var limitUnit = Unit(unit);
        if (limitUnit is null)
        {
            return (null, words.NotAUnit(unit));
        }
        if (!decimal.TryParse(amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return (null, words.NotAnAmount(amount));
        }
        if (!TimeLimit.TryCreate(value, limitUnit.Value, out var limit, out var problem))
        {
            return (null, problem switch
            {
                TimeLimitProblem.NotHalfDays => words.NotWholeOrHalfWorkingDays(amount),
                TimeLimitProblem.NotWhole => words.NotWholeDays(amount),
                TimeLimitProblem.NotQuarterHours => words.NotQuarterHours(amount),
                _ => words.NotAnAmount(amount),
            });
        }
        return (new AddArguments(startAt, hasTime, limit), null);
    }

    /// <summary>The unit in English or Vietnamese, with or without diacritics (composed first: some keyboards type them decomposed).</summary>
    private static TimeLimitUnit? Unit(string word) => word.Normalize(NormalizationForm.FormC).ToLowerInvariant() switch
    {
        "working-days" or "working-day" or "ngày-làm-việc" or "ngay-lam-viec" or "ngày làm việc" or "ngay lam viec" => TimeLimitUnit.WorkingDays,
        "days" or "day" or "ngày" or "ngay" => TimeLimitUnit.CalendarDays,
        "hours" or "hour" or "giờ" or "gio" => TimeLimitUnit.Hours,
        _ => null,
    };
}
