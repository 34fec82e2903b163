using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Procedures.Calendar;
using Procedures.Runtime.State;

namespace Procedures.Runtime.Effects;

/// <summary>
/// The one place effects come from: the bookmarks and timers of the instance before and after a run, compared. No
/// activity emits an effect by hand, so a new activity kind cannot forget one.
/// </summary>
public static class EffectsOf
{
    public static ImmutableList<RunEffect> Run(WorkflowInstance? before, WorkflowInstance after, IWorkingCalendar calendar)
    {
        // Each instance's bookmarks are gathered once: the property builds a new list on every call.
        var oldBookmarks = before?.Bookmarks ?? [];
        var newBookmarks = after.Bookmarks;
        var oldIds = oldBookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        var newIds = newBookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        var oldTimers = before is null ? [] : Timers(before, oldBookmarks, calendar);
        var newTimers = Timers(after, newBookmarks, calendar);
        var oldTimerIds = oldTimers.Select(t => t.TimerId).ToHashSet(StringComparer.Ordinal);
        var newTimerIds = newTimers.Select(t => t.TimerId).ToHashSet(StringComparer.Ordinal);

        var effects = ImmutableList.CreateBuilder<RunEffect>();
        effects.AddRange(oldBookmarks.Where(b => !newIds.Contains(b.Id)).Select(b => new BookmarkRemoved(b.Id)));
        effects.AddRange(newBookmarks.Where(b => !oldIds.Contains(b.Id)).Select(b => new BookmarkCreated(b)));
        effects.AddRange(oldTimers.Where(t => !newTimerIds.Contains(t.TimerId)).Select(t => new TimerCancelled(t.TimerId)));
        effects.AddRange(newTimers.Where(t => !oldTimerIds.Contains(t.TimerId)));
        // Notices are the journal's new rows of that kind: the run wrote them, nothing else does.
        effects.AddRange(after.Journal.Skip(before?.Journal.Count ?? 0).Where(e => e.Event == JournalEvent.NoticeSent)
            .Select(e => new NoticeSent(e.ActivityId ?? "", e.Step, e.Unit ?? "", e.Note ?? "", ToInstant(e.DoneAt))));
        return effects.ToImmutable();
    }

    /// <summary>
    /// Every timer a waiting instance needs: a posting's period end; a warning and an overdue timer for every other
    /// dated bookmark (a complaint window ends with its posting's timer) and for the appointment. A finished dossier
    /// needs none.
    /// </summary>
    public static IReadOnlyList<TimerScheduled> Timers(WorkflowInstance instance, IWorkingCalendar calendar) =>
        Timers(instance, instance.Bookmarks, calendar);

    private static List<TimerScheduled> Timers(WorkflowInstance instance, IReadOnlyList<Bookmark> bookmarks, IWorkingCalendar calendar)
    {
        var timers = new List<TimerScheduled>();
        if (instance.IsFinished) return timers;
        // A step that consents by silence is never late: at its limit the silence outcome is taken instead.
        var silent = bookmarks.Where(b => b.Kind == BookmarkKind.Silence).Select(b => b.ActivityId).ToHashSet(StringComparer.Ordinal);
        foreach (var b in bookmarks)
        {
            if (b.DueAt is not { } due) continue;
            switch (b.Kind)
            {
                case BookmarkKind.Timer:
                    timers.Add(new TimerScheduled($"{b.Id}#period-ends", b.Id, ToInstant(due), TimerPurpose.PeriodEnds));
                    break;
                case BookmarkKind.Silence:
                    timers.Add(new TimerScheduled($"{b.Id}#silence-ends", b.Id, ToInstant(due), TimerPurpose.SilenceEnds));
                    break;
                case BookmarkKind.Complaint:
                    break;
                case BookmarkKind.OfficerDecision when silent.Contains(b.ActivityId):
                    timers.Add(new TimerScheduled($"{b.Id}#warning", b.Id, ToInstant(b.WarnAt ?? due), TimerPurpose.Warning));
                    break;
                default:
                    timers.Add(new TimerScheduled($"{b.Id}#warning", b.Id, ToInstant(b.WarnAt ?? due), TimerPurpose.Warning));
                    timers.Add(new TimerScheduled($"{b.Id}#overdue", b.Id, ToInstant(due), TimerPurpose.Overdue));
                    break;
            }
        }
        // While the agency's clock is stopped the appointment does not run out; it is scheduled again, moved, on resume.
        if (instance.DueAt is { } appointment && instance.DeadlineStartedAt is { } started && !instance.ClockStopped)
        {
            // The appointment's timers are named after its date, so a moved appointment (apology, resumed clock)
            // cancels the old pair and schedules a new one.
            var id = string.Create(CultureInfo.InvariantCulture, $"{instance.DossierId}/appointment/{appointment.ToString("uuuuMMdd'T'HHmm", CultureInfo.InvariantCulture)}");
            timers.Add(new TimerScheduled($"{id}#warning", null, ToInstant(VietnamTime.WarnAt(calendar, started, appointment)), TimerPurpose.Warning));
            timers.Add(new TimerScheduled($"{id}#overdue", null, ToInstant(appointment), TimerPurpose.Overdue));
        }
        return timers;
    }

    private static Instant ToInstant(LocalDateTime vietnam) => VietnamTime.ToInstant(vietnam);
}
