using NodaTime;

namespace Procedures.Calendar;

/// <summary>
/// Monday to Friday with no holidays, for any date, with the same office hours and counting rules as
/// <see cref="VietnamWorkingCalendar"/>: a calendar for tests whose dates must not depend on Tết.
/// </summary>
public sealed class WeekdayCalendar(OfficeHours officeHours) : IWorkingCalendar
{
    private readonly WeekdayIndex index = new();
    private readonly DeadlineCalculator calculator = new(officeHours, new WeekdayIndex());

    public WeekdayCalendar()
        : this(OfficeHours.Default)
    {
    }

    public OfficeHours OfficeHours { get; } = officeHours;

    public bool IsWorkingDay(LocalDate date) => index.IsWorkingDay(date);

    /// <inheritdoc cref="VietnamWorkingCalendar.Add(LocalDateTime, TimeLimit)"/>
    public LocalDateTime Add(LocalDateTime start, TimeLimit limit) => calculator.Add(start, limit);

    /// <inheritdoc cref="VietnamWorkingCalendar.Add(LocalDate, TimeLimit)"/>
    public LocalDateTime Add(LocalDate received, TimeLimit limit) => calculator.Add(received.At(OfficeHours.Close), limit);

    /// <inheritdoc cref="VietnamWorkingCalendar.SessionsBetween(LocalDateTime, LocalDateTime)"/>
    public int SessionsBetween(LocalDateTime from, LocalDateTime to) => calculator.SessionsBetween(from, to);

    /// <inheritdoc cref="VietnamWorkingCalendar.PlusSessions(LocalDateTime, int)"/>
    public LocalDateTime PlusSessions(LocalDateTime at, int sessions) => calculator.PlusSessions(at, sessions);
}
