using NodaTime;

namespace Procedures.Calendar;

/// <summary>Why a day is a day off.</summary>
public enum DayOffKind
{
    /// <summary>A public holiday of Labour Code 2019 Art. 112(1), possibly on a weekend.</summary>
    PublicHoliday,
    /// <summary>Nghỉ bù: a holiday that fell on a weekly rest day, taken on the next working day (Art. 111(3)).</summary>
    Compensatory,
    /// <summary>A day off announced for the year, usually swapped with a working Saturday.</summary>
    Announced,
}

/// <summary>A day off other than an ordinary weekend, with its Vietnamese name.</summary>
public sealed record DayOff(LocalDate Date, string Name, DayOffKind Kind);
