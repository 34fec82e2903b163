using NodaTime;
using Procedures.Calendar;

namespace Procedures.Runtime;

/// <summary>
/// Vietnam civil time is UTC+7 with no daylight saving, so a fixed offset is exact; the calendar and every time in
/// the journal work in this local time.
/// </summary>
public static class VietnamTime
{
    public static readonly Offset Offset = Offset.FromHours(7);

    public static LocalDateTime ToLocal(Instant instant) => instant.WithOffset(Offset).LocalDateTime;

    public static Instant ToInstant(LocalDateTime vietnam) => vietnam.WithOffset(Offset).ToInstant();

    public static LocalDateTime Now(TimeProvider time) => ToLocal(Instant.FromDateTimeOffset(time.GetUtcNow()));

    /// <summary>
    /// "Warning one working day before due": the same time of day on the previous working day, never before the
    /// step started. Walks back at most a year so a calendar with no working days cannot hang the engine.
    /// </summary>
    public static LocalDateTime WarnAt(IWorkingCalendar calendar, LocalDateTime startedAt, LocalDateTime dueAt)
    {
        var day = dueAt.Date.PlusDays(-1);
        for (var i = 0; i < 366 && !calendar.IsWorkingDay(day); i++) day = day.PlusDays(-1);
        var warn = day.At(dueAt.TimeOfDay);
        return warn < startedAt ? startedAt : warn;
    }
}
