using NodaTime;
using Procedures.Calendar;
using Procedures.Runtime.State;

namespace Procedures.Runtime.Execution;

/// <summary>
/// The agency's clock on a dossier's deadline, the one place it stops and resumes. It stops while the dossier is out of
/// the agency's hands — with the applicant to complete it — and resumes when the dossier comes back: the time already spent
/// counts toward the deadline (Decree 61/2018/NĐ-CP Art. 19 as amended by Decree 107/2021/NĐ-CP), so the appointment and
/// every due time still ahead when it stopped move later by the working time it stood still (office sessions of working
/// days, <see cref="WorkingTime"/>). While it stands the appointment raises no warning and cannot become late.
/// </summary>
internal static class DeadlineClock
{
    /// <summary>Stops the clock now; a clock already stopped keeps its first stop.</summary>
    public static void Stop(FlowRun run) =>
        run.Update(i => i.ClockStoppedAt is null ? i with { ClockStoppedAt = run.Now } : i);

    /// <summary>
    /// Resumes a stopped clock now: the appointment and the due times of the steps still waiting move by the working time
    /// since the stop (their bookmarks are made again, so their timers are scheduled again). Returns that working time,
    /// zero when the clock ran.
    /// </summary>
    public static Duration Resume(FlowRun run)
    {
        if (run.State.ClockStoppedAt is not { } stopped) return Duration.Zero;
        var away = run.Calendar.Between(stopped, run.Now);
        run.Update(i => i with
        {
            ClockStoppedAt = null,
            DueAt = Moved(run, stopped, away, i.DueAt),
            ActiveSteps = [.. i.ActiveSteps.Select(step => Moved(run, stopped, away, step))],
        });
        return away;
    }

    /// <summary>A due time set before the clock stopped, moved as the resume moves it: only if it was still ahead at the stop.</summary>
    public static LocalDateTime? Moved(FlowRun run, LocalDateTime stopped, Duration away, LocalDateTime? due) =>
        due is { } d && d > stopped ? run.Calendar.Postpone(d, away) : due;

    private static ActiveStep Moved(FlowRun run, LocalDateTime stopped, Duration away, ActiveStep step)
    {
        var due = Moved(run, stopped, away, step.DueAt);
        return step with
        {
            DueAt = due,
            WarnAt = due is { } d ? run.WarnAt(step.StartedAt, d) : step.WarnAt,
            Bookmarks = [.. step.Bookmarks.Select(b => Moved(run, stopped, away, b))],
        };
    }

    private static Bookmark Moved(FlowRun run, LocalDateTime stopped, Duration away, Bookmark bookmark)
    {
        if (Moved(run, stopped, away, bookmark.DueAt) is not { } due || due == bookmark.DueAt) return bookmark;
        return bookmark with
        {
            Id = BookmarkIds.For(run.State.DossierId, run.State.Revision, bookmark.ActivityId, bookmark.Kind, bookmark.Agency),
            DueAt = due,
            WarnAt = run.WarnAt(bookmark.StartedAt, due),
        };
    }
}
