using System.Globalization;
using NodaTime;
using Procedures.Calendar;
using Procedures.Runtime.State;

namespace Procedures.Runtime.Execution;

/// <summary>
/// The agency's clock on a dossier, the one place it stops and resumes. It stops while the dossier waits on someone
/// outside the agency: the appointment is suspended (no warning, no overdue) and the processing control record gets a
/// row. It resumes when the wait ends: the appointment and every later due time move by the working time spent waiting,
/// counted in whole office sessions as working-day limits are, and the record gets a row with the new appointment.
/// A time limit counted from a moment before a stop is counted the same way (<see cref="Counted"/>).
/// </summary>
internal static class AgencyClock
{
    /// <summary>Stops the clock for a wait on <paramref name="awaited"/> at <paramref name="activityId"/>; nothing when it stands already.</summary>
    public static void Stop(FlowRun run, string? activityId, string awaited)
    {
        if (run.State.ClockStopped)
            return;
        var suspended = run.State.DueAt;
        run.Update(i => i with { DueAt = null, ClockStops = i.ClockStops.Add(new ClockStop(run.Now, activityId, awaited, suspended)) });
        var note = suspended is { } due
            ? $"chờ {awaited}; hẹn trả kết quả {Time(due)} tạm dừng, tính lại khi có kết quả"
            : $"chờ {awaited}";
        run.Journal(JournalEvent.ClockStopped, activityId, "Tạm dừng tính thời hạn", awaited, null, run.Now, null, run.Now, note);
    }

    /// <summary>
    /// Resumes a stopped clock: the suspended appointment, the due times of the steps still waiting and the warnings
    /// before them move later by the office sessions that began while it stood.
    /// </summary>
    public static void Resume(FlowRun run)
    {
        if (!run.State.ClockStopped)
            return;
        var stop = run.State.ClockStops[^1];
        var sessions = run.Calendar.SessionsBetween(stop.StoppedAt, run.Now);
        var moved = stop.SuspendedDueAt is { } due ? run.Calendar.PlusSessions(due, sessions) : (LocalDateTime?)null;
        run.Update(i => i with
        {
            DueAt = moved ?? i.DueAt,
            ClockStops = i.ClockStops.SetItem(i.ClockStops.Count - 1, stop with { ResumedAt = run.Now, Sessions = sessions }),
            ActiveSteps = [.. i.ActiveSteps.Select(s => Moved(run, s, stop.StoppedAt, sessions))],
        });
        var spent = WorkingDays(sessions);
        var note = moved is { } appointment
            ? $"thời gian chờ {spent} ngày làm việc không tính vào thời hạn; hẹn trả kết quả {Time(appointment)}"
            : $"thời gian chờ {spent} ngày làm việc không tính vào thời hạn";
        run.Journal(JournalEvent.ClockResumed, stop.ActivityId, "Tiếp tục tính thời hạn", null, null, run.Now, null, run.Now, note,
            appointment: moved);
    }

    /// <summary>
    /// Ends a stop without moving the appointment: the procedure's sector law counts the time limit again from now, to
    /// <paramref name="due"/>, instead of resuming it (the completion's row says so; no resume row). The steps still
    /// waiting move as on a resume, and the stop keeps its sessions for limits counted from before it.
    /// </summary>
    public static void Restart(FlowRun run, LocalDateTime due)
    {
        if (!run.State.ClockStopped)
        {
            run.Update(i => i with { DueAt = due, DeadlineStartedAt = run.Now });
            return;
        }
        var stop = run.State.ClockStops[^1];
        var sessions = run.Calendar.SessionsBetween(stop.StoppedAt, run.Now);
        run.Update(i => i with
        {
            DueAt = due,
            DeadlineStartedAt = run.Now,
            ClockStops = i.ClockStops.SetItem(i.ClockStops.Count - 1, stop with { ResumedAt = run.Now, Sessions = sessions }),
            ActiveSteps = [.. i.ActiveSteps.Select(s => Moved(run, s, stop.StoppedAt, sessions))],
        });
    }

    /// <summary>A due moment set before <paramref name="stop"/>, moved by it if it was still ahead when the clock stopped.</summary>
    public static LocalDateTime? After(FlowRun run, LocalDateTime? at, ClockStop stop) =>
        at is { } t && t > stop.StoppedAt && stop.Sessions > 0 ? run.Calendar.PlusSessions(t, stop.Sessions) : at;

    /// <summary>
    /// The due moment of <paramref name="limit"/> counted from <paramref name="from"/>, with the stops that began since
    /// then (and before it came) not counted: a step due 5 working days after a step that ended before a wait.
    /// </summary>
    public static LocalDateTime Counted(FlowRun run, LocalDateTime from, TimeLimit limit)
    {
        var due = run.Calendar.Add(from, limit);
        foreach (var stop in run.State.ClockStops.Where(s => s.ResumedAt is not null && s.StoppedAt >= from))
            if (stop.StoppedAt < due)
                due = run.Calendar.PlusSessions(due, stop.Sessions);
        return due;
    }

    /// <summary>
    /// A waiting step's due times (and the warnings before them) moved by a stop that began after it did; a moved bookmark
    /// gets a renewed id, so its warning and overdue timers are cancelled and scheduled again at the new time.
    /// </summary>
    static ActiveStep Moved(FlowRun run, ActiveStep step, LocalDateTime stoppedAt, int sessions)
    {
        if (sessions == 0 || step.StartedAt > stoppedAt)
            return step;
        LocalDateTime? Move(LocalDateTime? at) => at is { } t && t > stoppedAt ? run.Calendar.PlusSessions(t, sessions) : at;
        return step with
        {
            DueAt = Move(step.DueAt),
            WarnAt = Move(step.DueAt) is { } due ? run.WarnAt(step.StartedAt, due) : step.WarnAt,
            Bookmarks = [.. step.Bookmarks.Select(b => Move(b.DueAt) is { } due && due != b.DueAt
                ? b with { Id = BookmarkIds.Renewed(b.Id, run.State.DossierId, run.State.Revision), DueAt = due, WarnAt = run.WarnAt(b.StartedAt, due) }
                : b)],
        };
    }

    static string WorkingDays(int sessions) => (sessions / 2m).ToString("0.#", CultureInfo.InvariantCulture);

    static string Time(LocalDateTime t) => t.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
