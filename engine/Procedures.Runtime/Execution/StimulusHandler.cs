using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Workflows.Activities;

namespace Procedures.Runtime.Execution;

/// <summary>Checks a stimulus against the bookmarks and applies it. Returns the reason when the stimulus does not fit.</summary>
internal static class StimulusHandler
{
    public static string? Apply(FlowRun run, Stimulus stimulus) => stimulus switch
    {
        OfficerDecision s => Decide(run, s),
        AgencyReply s => Reply(run, s),
        ApplicantCompletion s => Complete(run, s),
        TimerElapsed s => Elapse(run, s),
        Complaint s => Complain(run, s),
        Apology s => Apologize(run, s),
        _ => $"unknown stimulus {stimulus.GetType().Name}",
    };

    private static string? Decide(FlowRun run, OfficerDecision s)
    {
        if (Find(run, s.ActivityId, BookmarkKind.OfficerDecision, out var step, out var bookmark) is { } error) return error;
        if (!bookmark.AllowedOutcomes.Contains(s.Outcome))
            return $"\"{s.Outcome}\" is not an outcome of step \"{step.Title}\"; allowed: {string.Join(", ", bookmark.AllowedOutcomes)}";

        var now = run.Now;
        var activity = run.Definition.Root.Find(step.ActivityId);
        run.RemoveStep(step.ActivityId);
        string? note = s.Note;
        DossierStatus? status = null;
        if (activity is ReceiptActivity)
        {
            switch (s.Outcome)
            {
                case Ports.Received:
                    // The procedure's deadline runs from receipt (Decree 61/2018 Art. 17); the appointment goes on form 01.
                    var limit = run.Definition.Facts.TimeLimitFor(run.State.Channel);
                    var due = run.Calendar.Add(now, limit);
                    run.Update(i => i with { ReceivedAt = i.ReceivedAt ?? now, DeadlineStartedAt = now, DueAt = due });
                    note = Join($"hẹn trả kết quả {due:uuuu-MM-dd HH:mm}", s.Note);
                    status = DossierStatus.Received;
                    break;
                case Ports.Refused:
                    run.Update(i => i with { Outcome = DossierOutcome.Refused, RefusalReasons = s.Note });
                    status = DossierStatus.Refused;
                    break;
                case Ports.Incomplete:
                    status = DossierStatus.AwaitingCompletion;
                    break;
            }
        }
        run.Journal(JournalEvent.StepCompleted, step.ActivityId, step.Title, step.Unit, s.Outcome, step.StartedAt, step.DueAt, now, note, status);
        run.CarriedNote = s.Note;
        run.Follow(step.ActivityId, s.Outcome);
        return null;
    }

    private static string? Reply(FlowRun run, AgencyReply s)
    {
        if (FindStep(run, s.ActivityId, out var step) is { } missing) return missing;
        var bookmark = step.Bookmarks.FirstOrDefault(b => b.Kind == BookmarkKind.AgencyReply && b.Agency == s.Agency);
        if (bookmark is null)
        {
            var waiting = step.Bookmarks.Where(b => b.Kind == BookmarkKind.AgencyReply).Select(b => b.Agency);
            return step.Kind == ActivityKind.RoutingSlip
                ? $"step \"{step.Title}\" is with \"{string.Join(", ", waiting)}\" (stop {step.RouteStop + 1}), not \"{s.Agency}\""
                : $"step \"{step.Title}\" does not wait for a reply from \"{s.Agency}\"; waiting for: {string.Join(", ", waiting)}";
        }

        var now = run.Now;
        var remaining = step.Bookmarks.Remove(bookmark);
        run.Journal(JournalEvent.AgencyReplied, step.ActivityId, step.Title, s.Agency, "reply", bookmark.StartedAt, bookmark.DueAt, now,
            Join(bookmark.Prompt, s.Note));

        if (run.Definition.Root.Find(step.ActivityId) is RoutingSlipActivity slip && step.RouteStop + 1 < slip.Stops.Count)
        {
            // Routing slip: the next agency receives the dossier now, with its own time limit.
            var next = slip.Stops[step.RouteStop + 1];
            var due = run.Due(next.TimeLimit);
            run.ReplaceStep(step with
            {
                RouteStop = step.RouteStop + 1,
                Unit = next.Agency,
                Bookmarks = [run.Bookmark(BookmarkKind.AgencyReply, step.ActivityId, next.Agency, [], due, next.Task)],
            });
            return null;
        }
        if (remaining.Any(b => b.Kind == BookmarkKind.AgencyReply))
        {
            run.ReplaceStep(step with { Bookmarks = remaining });
            return null;
        }

        run.RemoveStep(step.ActivityId);
        run.Journal(JournalEvent.StepCompleted, step.ActivityId, step.Title, step.Unit, Ports.Done, step.StartedAt, step.DueAt, now);
        run.CarriedNote = s.Note;
        run.Follow(step.ActivityId, Ports.Done);
        return null;
    }

    private static string? Complete(FlowRun run, ApplicantCompletion s)
    {
        var step = run.State.ActiveSteps.FirstOrDefault(a =>
            (s.ActivityId is null || a.ActivityId == s.ActivityId) && a.Bookmarks.Any(b => b.Kind == BookmarkKind.ApplicantCompletion));
        if (step is null)
            return s.ActivityId is null
                ? "no request to complete the dossier is open"
                : $"step \"{s.ActivityId}\" does not wait for the applicant to complete the dossier";

        var now = run.Now;
        string note;
        if (run.State.DueAt is not null)
        {
            // Decree 61/2018 Art. 19: when the dossier is complete the time limit restarts from zero (it is not paused).
            var due = run.Calendar.Add(now, run.Definition.Facts.TimeLimitFor(run.State.Channel));
            run.Update(i => i with { DeadlineStartedAt = now, DueAt = due });
            note = $"hồ sơ đầy đủ; thời hạn tính lại từ đầu, hẹn trả kết quả {due:uuuu-MM-dd HH:mm} (Nghị định 61/2018 Điều 19)";
        }
        else
        {
            note = "hồ sơ đã bổ sung";
        }
        run.RemoveStep(step.ActivityId);
        run.Journal(JournalEvent.DossierCompleted, step.ActivityId, step.Title, null, Ports.Completed, step.StartedAt, null, now, Join(note, s.Note));
        run.CarriedNote = null;
        run.Follow(step.ActivityId, Ports.Completed);
        return null;
    }

    private static string? Elapse(FlowRun run, TimerElapsed s)
    {
        if (Find(run, s.ActivityId, BookmarkKind.Timer, out var step, out var timer) is { } error) return error;
        if (timer.DueAt is { } due && run.Now < due) return $"the period of step \"{step.Title}\" ends at {due:uuuu-MM-dd HH:mm}, not yet";

        var doneAt = timer.DueAt ?? run.Now;
        run.RemoveStep(step.ActivityId);
        run.Journal(JournalEvent.StepCompleted, step.ActivityId, step.Title, step.Unit, Ports.Done, step.StartedAt, step.DueAt, doneAt,
            "hết thời gian niêm yết, không có khiếu nại");
        run.Follow(step.ActivityId, Ports.Done);
        return null;
    }

    private static string? Complain(FlowRun run, Complaint s)
    {
        if (Find(run, s.ActivityId, BookmarkKind.Complaint, out var step, out var bookmark) is { } error) return error;
        if (bookmark.DueAt is { } due && run.Now > due) return $"the posting of step \"{step.Title}\" ended at {due:uuuu-MM-dd HH:mm}";

        run.RemoveStep(step.ActivityId);
        run.Journal(JournalEvent.StepCompleted, step.ActivityId, step.Title, step.Unit, Ports.Complaint, step.StartedAt, step.DueAt, run.Now,
            Join("có khiếu nại", s.Note));
        run.CarriedNote = s.Note;
        run.Follow(step.ActivityId, Ports.Complaint);
        return null;
    }

    private static string? Apologize(FlowRun run, Apology s)
    {
        var state = run.State;
        if (state.Apology is not null)
            return $"the appointment was already moved once (to {state.Apology.NewDueAt:uuuu-MM-dd HH:mm}); Decree 61/2018 Art. 19 allows one new date only";
        if (state.DueAt is not { } previous) return "the dossier has no appointment yet; it has not been received";
        if (string.IsNullOrWhiteSpace(s.Reason)) return "an apology must give the reason for the delay";
        if (s.NewDueAt <= previous) return $"the new date {s.NewDueAt:uuuu-MM-dd HH:mm} is not after the current appointment {previous:uuuu-MM-dd HH:mm}";

        run.Update(i => i with { DueAt = s.NewDueAt, Apology = new ApologyRecord(run.Now, previous, s.NewDueAt, s.Reason) });
        var late = run.Now > previous.PlusDays(-1) ? "; gửi muộn hơn 1 ngày trước hạn" : "";
        run.Journal(JournalEvent.Apologized, null, "Xin lỗi và hẹn lại ngày trả kết quả", null, null, run.Now, previous, run.Now,
            $"hẹn lại {s.NewDueAt:uuuu-MM-dd HH:mm}: {s.Reason}{late}");
        return null;
    }

    private static string? Find(FlowRun run, string activityId, BookmarkKind kind, out ActiveStep step, out Bookmark bookmark)
    {
        bookmark = null!;
        if (FindStep(run, activityId, out step) is { } missing) return missing;
        var found = step.Bookmarks.FirstOrDefault(b => b.Kind == kind);
        if (found is null) return $"step \"{step.Title}\" does not wait for {Describe(kind)}";
        bookmark = found;
        return null;
    }

    private static string? FindStep(FlowRun run, string activityId, out ActiveStep step)
    {
        step = run.State.ActiveSteps.FirstOrDefault(s => s.ActivityId == activityId)!;
        if (step is not null) return null;
        var waiting = run.State.ActiveSteps.Select(s => s.ActivityId).ToList();
        return waiting.Count == 0
            ? $"the dossier waits at no step, so \"{activityId}\" cannot act"
            : $"the dossier is not at step \"{activityId}\"; it waits at: {string.Join(", ", waiting)}";
    }

    private static string Describe(BookmarkKind kind) => kind switch
    {
        BookmarkKind.OfficerDecision => "an officer's decision",
        BookmarkKind.AgencyReply => "an agency's reply",
        BookmarkKind.ApplicantCompletion => "the applicant's completion",
        BookmarkKind.Timer => "a timer",
        _ => "a complaint",
    };

    private static string? Join(string? a, string? b) =>
        string.IsNullOrWhiteSpace(a) ? b : string.IsNullOrWhiteSpace(b) ? a : $"{a}; {b}";
}
