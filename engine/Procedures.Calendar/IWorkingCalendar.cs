using NodaTime;

namespace Procedures.Calendar;

/// <summary>
/// What the runtime asks of a calendar: when a time limit that starts at a moment runs out.
/// All values are local civil time in Vietnam (UTC+7); callers convert instants at the edge.
/// </summary>
public interface IWorkingCalendar
{
    bool IsWorkingDay(LocalDate date);

    /// <summary>The office sessions and the hand-over cut-off the calendar counts with.</summary>
    OfficeHours OfficeHours { get; }

    /// <summary>The due date-time of a time limit that starts at <paramref name="start"/>.</summary>
    LocalDateTime Add(LocalDateTime start, TimeLimit limit);
}
