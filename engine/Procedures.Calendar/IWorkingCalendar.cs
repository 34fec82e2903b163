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

    /// <summary>
    /// The working time between two moments, in whole office sessions (half working days) as working-day limits count
    /// them: what a stopped clock did not count (see <c>VietnamWorkingCalendar.SessionsBetween</c>).
    /// </summary>
    int SessionsBetween(LocalDateTime from, LocalDateTime to);

    /// <summary>A due moment moved later by whole office sessions, when a stopped clock resumes.</summary>
    LocalDateTime PlusSessions(LocalDateTime at, int sessions);
}
