using System.Globalization;
using NodaTime;
using Procedures.Runtime.Messages;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Workflows.Activities;

namespace Procedures.Runtime.Execution;

/// <summary>Checks a stimulus against the bookmarks and applies it. Returns the refusal when the stimulus does not fit.</summary>
internal static class StimulusHandler
{
    public static Refusal? Apply(FlowRun run, Stimulus stimulus) => stimulus switch
    {
        OfficerDecision s => Decide(run, s),
        AgencyReply s => Reply(run, s),
        ApplicantCompletion s => Complete(run, s),
        TimerElapsed s => Elapse(run, s),
        Complaint s => Complain(run, s),
        Apology s => Apologize(run, s),
        BookmarkResumed s => Resume(run, s),
        _ => RefusalCatalogue.UnknownStimulus.With(stimulus.GetType().Name),
    };

    /// <summary>A bookmark addressed by id acts as the stimulus of its kind, so every check of that kind still applies.</summary>
    private static Refusal? Resume(FlowRun run, BookmarkResumed s)
    {
        var bookmark = run.State.Bookmarks.FirstOrDefault(b => b.Id == s.BookmarkId);
        if (bookmark is null) return RefusalCatalogue.NoSuchBookmark.With(s.BookmarkId);
        return bookmark.Kind switch
        {
            BookmarkKind.OfficerDecision => Decide(run, new OfficerDecision(bookmark.ActivityId, s.Outcome ?? "", s.Note)),
            BookmarkKind.AgencyReply => Reply(run, new AgencyReply(bookmark.ActivityId, bookmark.Agency ?? "", s.Note)),
            BookmarkKind.ApplicantCompletion => Complete(run, new ApplicantCompletion(bookmark.ActivityId, s.Note)),
            BookmarkKind.Timer or BookmarkKind.Silence => Elapse(run, new TimerElapsed(bookmark.ActivityId)),
            BookmarkKind.Complaint => Complain(run, new Complaint(bookmark.ActivityId, s.Note)),
            _ => RefusalCatalogue.NoSuchBookmark.With(s.BookmarkId),
        };
    }

    private static Refusal? Decide(FlowRun run, OfficerDecision s)
    {
        if (Find(run, s.ActivityId, BookmarkKind.OfficerDecision, out var step, out var bookmark) is { } error) return error;
        if (!bookmark.AllowedOutcomes.Contains(s.Outcome))
            return RefusalCatalogue.NotAnOutcome.With(s.Outcome, step.Title, string.Join(", ", bookmark.AllowedOutcomes));

        var now = run.Now;
        var activity = run.Definition.Root.Find(step.ActivityId);
        // Receiving the complete dossier gives it its number, dated the receipt (Circular 01/2018 Art. 19).
        var number = run.State.DossierNumber ?? run.ReceiptNumber;
        if (activity is ReceiptActivity && s.Outcome == Ports.Received && number is null) return RefusalCatalogue.NoReceiptNumber.With();
        run.RemoveStep(step.ActivityId);
        string? note = s.Note;
        DossierStatus? status = null;
        LocalDateTime? appointment = null;
        if (activity is ReceiptActivity)
        {
            switch (s.Outcome)
            {
                case Ports.Received:
                    // The procedure's deadline runs from the receipt of the complete dossier (Decree 61/2018 Art. 17): the
                    // number and the appointment go on form 01. A deadline counted from a step gets its appointment when that
                    // step ends.
                    var (due, appointmentNote) = Appointments.AtReceipt(run);
                    run.Update(i => i with { DossierNumber = number, ReceivedAt = i.ReceivedAt ?? now, DeadlineStartedAt = due is null ? null : now, DueAt = due });
                    note = Join($"số hồ sơ {number}; {appointmentNote}", s.Note);
                    appointment = due;
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
        // An outcome with a limit of its own is on time or late against that limit.
        var dueAt = step.Bookmarks.FirstOrDefault(b => b.AllowedOutcomes is [var only] && only == s.Outcome && b.Id.EndsWith("#" + only, StringComparison.Ordinal))?.DueAt
            ?? step.DueAt;
        // The answer of an outside body: who had the dossier was that body. The applicant or a party did a unit's
        // step: an officer of the recording unit only records it.
        var unit = activity switch
        {
            AwaitActivity awaited => awaited.Party,
            UnitTaskActivity { RecordedBy: not null } performed => performed.Unit,
            _ => step.Unit,
        };
        run.Journal(JournalEvent.StepCompleted, step.ActivityId, step.Title, unit, s.Outcome, step.StartedAt, dueAt, now, note, status, appointment);
        if (activity is not null) run.ResumeClock();
        run.CarriedNote = s.Note;
        run.Follow(step.ActivityId, s.Outcome);
        return null;
    }

    private static Refusal? Reply(FlowRun run, AgencyReply s)
    {
        if (FindStep(run, s.ActivityId, out var step) is { } missing) return missing;
        var bookmark = step.Bookmarks.FirstOrDefault(b => b.Kind == BookmarkKind.AgencyReply && b.Agency == s.Agency);
        if (bookmark is null)
        {
            var waiting = step.Bookmarks.Where(b => b.Kind == BookmarkKind.AgencyReply).Select(b => b.Agency);
            return step.Kind == ActivityKind.RoutingSlip
                ? RefusalCatalogue.WrongRouteStop.With(step.Title, string.Join(", ", waiting), (step.RouteStop + 1).ToString(CultureInfo.InvariantCulture), s.Agency)
                : RefusalCatalogue.NotConsulted.With(step.Title, s.Agency, string.Join(", ", waiting));
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

    private static Refusal? Complete(FlowRun run, ApplicantCompletion s)
    {
        var step = run.State.ActiveSteps.FirstOrDefault(a =>
            (s.ActivityId is null || a.ActivityId == s.ActivityId) && a.Bookmarks.Any(b => b.Kind == BookmarkKind.ApplicantCompletion));
        if (step is null)
            return s.ActivityId is null
                ? RefusalCatalogue.NoCompletionOpen.With()
                : RefusalCatalogue.StepAwaitsNoCompletion.With(s.ActivityId);

        var now = run.Now;
        run.RemoveStep(step.ActivityId);
        var requests = run.State.CompletionRequests;
        var index = requests.FindLastIndex(r => r.ActivityId == step.ActivityId && r.CompletedAt is null);
        var request = index < 0 ? null : requests[index];
        if (request is not null) run.Update(i => i with { CompletionRequests = requests.SetItem(index, request with { CompletedAt = now }) });

        string note;
        LocalDateTime? appointment = null;
        if (request is null or { AtReceipt: true })
        {
            // Guidance at the receipt: the completed dossier is handed in again; the deadline starts when it is received.
            note = "hồ sơ đã bổ sung";
        }
        else if (run.Definition.Facts.Completion.RestartsDeadline is { } law)
        {
            // The sector law's own rule: the time limit in force counts again from the complete dossier.
            var due = run.Calendar.Add(now, Appointments.InForce(run).Limit);
            AgencyClock.Restart(run, due);
            note = $"hồ sơ đầy đủ; thời hạn tính lại từ đầu theo {Cite(law)}, hẹn trả kết quả {due:uuuu-MM-dd HH:mm}";
            appointment = due;
        }
        else
        {
            // Decree 61/2018 Art. 19 as amended by Decree 107/2021: the time already spent counts; the agency's clock resumes
            // (its row follows this one, with the moved appointment).
            note = "hồ sơ đầy đủ; thời hạn tiếp tục, không tính lại (Nghị định 61/2018 Điều 19, sửa đổi bởi Nghị định 107/2021)";
        }
        run.Journal(JournalEvent.DossierCompleted, step.ActivityId, step.Title, null, Ports.Completed, step.StartedAt, null, now, Join(note, s.Note), appointment: appointment);
        if (appointment is null && request is { AtReceipt: false })
        {
            // The step that asked goes on with what was left of its own limit, moved as the clock's stop moved the others.
            run.ResumeClock();
            if (run.State.ClockStops is [.., { ResumedAt: { } resumedAt } stop] && resumedAt == now && stop.ActivityId == step.ActivityId
                && AgencyClock.After(run, request.StepDueAt, stop) is { } stepDue)
                run.ResumeStepAt(request.AskedBy, stepDue);
        }
        run.CarriedNote = null;
        run.Follow(step.ActivityId, Ports.Completed);
        return null;
    }

    private static Refusal? Elapse(FlowRun run, TimerElapsed s)
    {
        if (FindStep(run, s.ActivityId, out var found) is null && found.Bookmarks.FirstOrDefault(b => b.Kind == BookmarkKind.Silence) is { } silence)
            return Silence(run, found, silence);
        if (Find(run, s.ActivityId, BookmarkKind.Timer, out var step, out var timer) is { } error) return error;
        if (timer.DueAt is { } due && run.Now < due) return RefusalCatalogue.PeriodNotOver.With(step.Title, Time(due));

        var doneAt = timer.DueAt ?? run.Now;
        run.RemoveStep(step.ActivityId);
        run.Journal(JournalEvent.StepCompleted, step.ActivityId, step.Title, step.Unit, Ports.Done, step.StartedAt, step.DueAt, doneAt,
            "hết thời gian niêm yết, không có khiếu nại");
        run.Follow(step.ActivityId, Ports.Done);
        return null;
    }

    /// <summary>
    /// The step's time limit passed with no outcome: it takes its silence outcome (deemed approval), done at the limit,
    /// and the row says the period ended without objection.
    /// </summary>
    private static Refusal? Silence(FlowRun run, ActiveStep step, Bookmark silence)
    {
        if (silence.DueAt is { } due && run.Now < due) return RefusalCatalogue.PeriodNotOver.With(step.Title, Time(due));
        var activity = run.Definition.Root.Find(step.ActivityId);
        run.RemoveStep(step.ActivityId);
        run.Journal(JournalEvent.StepCompleted, step.ActivityId, step.Title, step.Unit, Ports.Silence, step.StartedAt, step.DueAt,
            silence.DueAt ?? run.Now, "hết thời hạn, không có ý kiến phản đối");
        if (activity is not null) run.ResumeClock();
        run.Follow(step.ActivityId, Ports.Silence);
        return null;
    }

    private static Refusal? Complain(FlowRun run, Complaint s)
    {
        if (Find(run, s.ActivityId, BookmarkKind.Complaint, out var step, out var bookmark) is { } error) return error;
        if (bookmark.DueAt is { } due && run.Now > due) return RefusalCatalogue.PostingOver.With(step.Title, Time(due));

        run.RemoveStep(step.ActivityId);
        run.Journal(JournalEvent.StepCompleted, step.ActivityId, step.Title, step.Unit, Ports.Complaint, step.StartedAt, step.DueAt, run.Now,
            Join("có khiếu nại", s.Note));
        run.CarriedNote = s.Note;
        run.Follow(step.ActivityId, Ports.Complaint);
        return null;
    }

    private static Refusal? Apologize(FlowRun run, Apology s)
    {
        var state = run.State;
        if (state.Apology is not null)
            return RefusalCatalogue.SecondApology.With(Time(state.Apology.NewDueAt));
        if (state.DueAt is not { } previous) return RefusalCatalogue.NoAppointmentYet.With();
        if (string.IsNullOrWhiteSpace(s.Reason)) return RefusalCatalogue.ApologyWithoutReason.With();
        if (s.NewDueAt <= previous) return RefusalCatalogue.NewDateNotLater.With(Time(s.NewDueAt), Time(previous));

        run.Update(i => i with { DueAt = s.NewDueAt, Apology = new ApologyRecord(run.Now, previous, s.NewDueAt, s.Reason) });
        var late = run.Now > previous.PlusDays(-1) ? "; gửi muộn hơn 1 ngày trước hạn" : "";
        run.Journal(JournalEvent.Apologized, null, "Xin lỗi và hẹn lại ngày trả kết quả", null, null, run.Now, previous, run.Now,
            $"hẹn lại {s.NewDueAt:uuuu-MM-dd HH:mm}: {s.Reason}{late}", appointment: s.NewDueAt);
        return null;
    }

    private static Refusal? Find(FlowRun run, string activityId, BookmarkKind kind, out ActiveStep step, out Bookmark bookmark)
    {
        bookmark = null!;
        if (FindStep(run, activityId, out step) is { } missing) return missing;
        var found = step.Bookmarks.FirstOrDefault(b => b.Kind == kind);
        if (found is null) return NotAwaited(kind).With(step.Title);
        bookmark = found;
        return null;
    }

    private static Refusal? FindStep(FlowRun run, string activityId, out ActiveStep step)
    {
        step = run.State.ActiveSteps.FirstOrDefault(s => s.ActivityId == activityId)!;
        if (step is not null) return null;
        var waiting = run.State.ActiveSteps.Select(s => s.ActivityId).ToList();
        return waiting.Count == 0
            ? RefusalCatalogue.WaitsNowhere.With(activityId)
            : RefusalCatalogue.NotAtStep.With(activityId, string.Join(", ", waiting));
    }

    private static RefusalDescriptor NotAwaited(BookmarkKind kind) => kind switch
    {
        BookmarkKind.OfficerDecision => RefusalCatalogue.NoDecisionAwaited,
        BookmarkKind.AgencyReply => RefusalCatalogue.NoReplyAwaited,
        BookmarkKind.ApplicantCompletion => RefusalCatalogue.NoCompletionAwaited,
        BookmarkKind.Timer or BookmarkKind.Silence => RefusalCatalogue.NoTimerAwaited,
        _ => RefusalCatalogue.NoComplaintAwaited,
    };

    private static string Time(LocalDateTime t) => t.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Nghị định 28/2015/NĐ-CP Điều 18", as a note cites a sector law.</summary>
    private static string Cite(Workflows.Facts.LegalCitation law) => law.Article is { } article ? $"{law.Document} Điều {article}" : law.Document;

    private static string? Join(string? a, string? b) =>
        string.IsNullOrWhiteSpace(a) ? b : string.IsNullOrWhiteSpace(b) ? a : $"{a}; {b}";
}
