using NodaTime;

namespace Procedures.Calendar;

/// <summary>
/// Numbers the working days in order, so that counting n working days is one addition rather than
/// a walk over the days.
/// </summary>
internal interface IWorkingDayIndex
{
    bool IsWorkingDay(LocalDate date);

    /// <summary>How many working days come before <paramref name="date"/>: its number when it is a working day.</summary>
    int Ordinal(LocalDate date);

    /// <summary>The working day numbered <paramref name="ordinal"/>.</summary>
    LocalDate WorkingDay(int ordinal);
}

internal static class WorkingDayIndexExtensions
{
    /// <summary>The first working day after <paramref name="date"/>.</summary>
    public static LocalDate NextWorkingDay(this IWorkingDayIndex index, LocalDate date) =>
        index.WorkingDay(index.Ordinal(date) + (index.IsWorkingDay(date) ? 1 : 0));

    /// <summary><paramref name="date"/> itself when it is a working day, otherwise the next one.</summary>
    public static LocalDate WorkingDayOnOrAfter(this IWorkingDayIndex index, LocalDate date) =>
        index.WorkingDay(index.Ordinal(date));
}

/// <summary>Monday to Friday, computed, for any date.</summary>
internal sealed class WeekdayIndex : IWorkingDayIndex
{
    private static readonly int Epoch = new DateOnly(1900, 1, 1).DayNumber; // a Monday

    public bool IsWorkingDay(LocalDate date) => date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);

    public int Ordinal(LocalDate date)
    {
        var days = date.ToDateOnly().DayNumber - Epoch;
        var weeks = Math.DivRem(days, 7, out var rest);
        if (rest < 0)
        {
            weeks--;
            rest += 7;
        }
        return weeks * 5 + Math.Min(rest, 5);
    }

    public LocalDate WorkingDay(int ordinal)
    {
        var weeks = Math.DivRem(ordinal, 5, out var rest);
        if (rest < 0)
        {
            weeks--;
            rest += 5;
        }
        return LocalDate.FromDateOnly(DateOnly.FromDayNumber(Epoch + weeks * 7 + rest));
    }
}

/// <summary>Working days looked up in tables built once from a day-by-day answer, for a fixed range of dates.</summary>
internal sealed class TableWorkingDayIndex : IWorkingDayIndex
{
    private readonly int epoch;
    private readonly LocalDate first;
    private readonly LocalDate last;
    private readonly bool[] working;
    private readonly int[] ordinals;
    private readonly int[] workingDays;

    public TableWorkingDayIndex(LocalDate first, LocalDate last, Func<LocalDate, bool> isWorkingDay)
    {
        this.first = first;
        this.last = last;
        epoch = first.ToDateOnly().DayNumber;
        var count = last.ToDateOnly().DayNumber - epoch + 1;
        working = new bool[count];
        ordinals = new int[count];
        var days = new List<int>(count * 5 / 7 + 1);
        var date = first;
        for (var i = 0; i < count; i++, date = date.PlusDays(1))
        {
            ordinals[i] = days.Count;
            working[i] = isWorkingDay(date);
            if (working[i])
            {
                days.Add(i);
            }
        }
        workingDays = [.. days];
    }

    public bool IsWorkingDay(LocalDate date) => working[Offset(date)];

    public int Ordinal(LocalDate date) => ordinals[Offset(date)];

    public LocalDate WorkingDay(int ordinal)
    {
        if (ordinal < 0 || ordinal >= workingDays.Length)
        {
            throw new ArgumentOutOfRangeException(null, $"the due date would fall outside the calendar's range {first:uuuu-MM-dd}..{last:uuuu-MM-dd}");
        }
        return LocalDate.FromDateOnly(DateOnly.FromDayNumber(epoch + workingDays[ordinal]));
    }

    private int Offset(LocalDate date)
    {
        var offset = date.ToDateOnly().DayNumber - epoch;
        if (offset < 0 || offset >= working.Length)
        {
            throw new ArgumentOutOfRangeException(null, $"{date:uuuu-MM-dd} is outside the calendar's range {first:uuuu-MM-dd}..{last:uuuu-MM-dd}.");
        }
        return offset;
    }
}
