using NodaTime;

namespace Procedures.Calendar;

/// <summary>
/// The office sessions of a working day and the hand-over cut-off. A working day has two sessions, a
/// morning and an afternoon; each is half a working day (0.5 ngày làm việc).
/// </summary>
public sealed record OfficeHours
{
    /// <summary>
    /// 07:30–11:30 and 13:00–17:00 (assumed: common hours of state agencies; each agency sets its own,
    /// so they are editable in <c>procedures/calendar/office-hours.txt</c>), cut-off 15:00
    /// (Decree 61/2018/NĐ-CP Art. 18: paper dossiers received after 15:00 move the next working morning).
    /// </summary>
    public static OfficeHours Default { get; } = new(new LocalTime(7, 30), new LocalTime(11, 30), new LocalTime(13, 0), new LocalTime(17, 0), new LocalTime(15, 0));

    public OfficeHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart, LocalTime afternoonEnd, LocalTime handOverCutoff)
    {
        if (!(morningStart < morningEnd && morningEnd <= afternoonStart && afternoonStart < afternoonEnd))
        {
            throw new ArgumentException($"Office sessions must follow each other: {morningStart:HH:mm}-{morningEnd:HH:mm} then {afternoonStart:HH:mm}-{afternoonEnd:HH:mm}.");
        }
        MorningStart = morningStart;
        MorningEnd = morningEnd;
        AfternoonStart = afternoonStart;
        AfternoonEnd = afternoonEnd;
        HandOverCutoff = handOverCutoff;
    }

    public LocalTime MorningStart { get; }
    public LocalTime MorningEnd { get; }
    public LocalTime AfternoonStart { get; }
    public LocalTime AfternoonEnd { get; }

    /// <summary>A dossier received after this time is taken as received at the next working morning.</summary>
    public LocalTime HandOverCutoff { get; }

    /// <summary>The close of the working day, when a due date without a time runs out.</summary>
    public LocalTime Close => AfternoonEnd;
}
