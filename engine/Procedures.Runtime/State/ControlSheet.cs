using System.Collections.Immutable;
using Procedures.Workflows;
using Procedures.Workflows.Activities;

namespace Procedures.Runtime.State;

/// <summary>
/// The rows of a dossier's processing control sheet (Circular 01/2018 form 05), derived once from its journal for
/// every output that shows them: the CLI's simulated timeline and the printed form.
/// </summary>
public static class ControlSheet
{
    public static ImmutableList<ControlSheetRow> Rows(WorkflowDefinition definition, WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(instance);
        var entries = instance.Journal.Where((e, i) => !IsSummaryOfReplies(instance.Journal, i)).ToList();
        return [.. entries.Select((e, i) => new ControlSheetRow(i + 1, e, Handler(definition, e, instance), Outcome(e, instance), Note(definition, e, instance)))];
    }

    /// <summary>The rows done after their due: the late hand-overs the sheet sums up.</summary>
    public static IEnumerable<ControlSheetRow> Late(IEnumerable<ControlSheetRow> rows) => rows.Where(r => r.Entry.Punctuality == Punctuality.Late);

    /// <summary>
    /// A consultation, routing slip or forwarding logs each agency's reply and then the step's own completion; the
    /// reply is the hand-over, so the completion right after it is not a row of its own.
    /// </summary>
    static bool IsSummaryOfReplies(IReadOnlyList<JournalEntry> journal, int index)
    {
        var entry = journal[index];
        if (entry.Event != JournalEvent.StepCompleted || entry.Outcome != Ports.Done) return false;
        for (var i = index - 1; i >= 0; i--)
            if (journal[i].ActivityId == entry.ActivityId)
                return journal[i].Event == JournalEvent.AgencyReplied;
        return false;
    }

    static string? Handler(WorkflowDefinition definition, JournalEntry e, WorkflowInstance instance) => e.Event switch
    {
        JournalEvent.DossierCompleted => null,
        JournalEvent.Apologized or JournalEvent.ClockResumed or JournalEvent.PhaseStarted or JournalEvent.AppointmentSet
            => (instance.ExecutingAgency ?? definition.Facts.ExecutingAgency).Name,
        _ => e.Unit,
    };

    static SheetOutcome Outcome(JournalEntry e, WorkflowInstance instance) => e.Event switch
    {
        JournalEvent.Submitted => instance.Channel is { } c ? new SheetOutcome.Channel(c) : new SheetOutcome.None(),
        JournalEvent.AgencyReplied => new SheetOutcome.Replied(),
        JournalEvent.Apologized or JournalEvent.ClockStopped or JournalEvent.ClockResumed or JournalEvent.PhaseStarted or JournalEvent.AppointmentSet
            => new SheetOutcome.None(),
        JournalEvent.Opened => instance.Channel is { } c ? new SheetOutcome.Channel(c) : new SheetOutcome.None(),
        _ => e.Outcome is { } o ? new SheetOutcome.Port(o) : new SheetOutcome.None(),
    };

    static SheetNote? Note(WorkflowDefinition definition, JournalEntry e, WorkflowInstance instance)
    {
        var activity = e.ActivityId is null ? null : definition.Root.Find(e.ActivityId);
        switch (e.Event)
        {
            case JournalEvent.Submitted:
                // Numbered at submission only when the procedure has no receipt step; otherwise the receipt's row says it.
                var numbered = instance.DossierNumber is { } number && !Numbering.DossierNumber.GivenAtReceipt(definition) ? number : null;
                if (instance.LateFilings.Count > 0) return new SheetNote.FiledLate(numbered, instance.LateFilings);
                return numbered is null ? null : new SheetNote.DossierNumber(numbered);
            case JournalEvent.DossierCompleted when e.Appointment is { } due && definition.Facts.Completion.RestartsDeadline is { } law:
                var previous = instance.Journal.LastOrDefault(x => x.Sequence < e.Sequence && x.Appointment is not null)?.Appointment;
                return new SheetNote.NewAppointment(due, definition.Facts.TimeLimitFor(instance.Channel), previous, law);
            case JournalEvent.DossierCompleted:
                // The request the applicant answered was the receipt's guidance, or a step's during processing.
                return activity is not null && definition.Root.Targets(activity.Id, Ports.Completed).Select(definition.Root.Find).FirstOrDefault() is ReceiptActivity
                    ? new SheetNote.CompletedAtReceipt() : new SheetNote.CompletedInProcessing();
            case JournalEvent.Apologized when instance.Apology is { } apology:
                return new SheetNote.Apology(apology.NewDueAt, apology.PreviousDueAt, apology.Reason,
                    apology.IssuedAt > apology.PreviousDueAt.PlusDays(-1));
            case JournalEvent.Refused:
                return new SheetNote.Refusal(e.Note);
            case JournalEvent.ResultReturned:
                return instance.Outcome switch
                {
                    DossierOutcome.Refused => new SheetNote.RefusalReturned(),
                    DossierOutcome.ReturnedForAmendment => new SheetNote.AmendmentReturned(),
                    _ => null,
                };
            case JournalEvent.Opened:
                return new SheetNote.Opened(instance.DossierNumber ?? "", e.Appointment);
            case JournalEvent.NoticeSent:
                return new SheetNote.NoticeSent(e.Note ?? "");
            case JournalEvent.ClockStopped:
                var stopped = instance.ClockStops.FirstOrDefault(s => s.StoppedAt == e.DoneAt && s.ActivityId == e.ActivityId);
                return new SheetNote.ClockStopped(e.Unit ?? "", stopped?.SuspendedDueAt);
            case JournalEvent.ClockResumed:
                var resumed = instance.ClockStops.FirstOrDefault(s => s.ResumedAt == e.DoneAt && s.ActivityId == e.ActivityId);
                return new SheetNote.ClockResumed((resumed?.Sessions ?? 0) / 2m, e.Appointment);
            case JournalEvent.PhaseStarted:
                return new SheetNote.PhaseStarted(e.Appointment, definition.Facts.PhaseOf(e.ActivityId ?? "")?.From is { } from
                    ? definition.Root.Find(from)?.Name ?? from : null);
            case JournalEvent.PhaseResultReturned:
                return new SheetNote.PhaseResultReturned(definition.Facts.PhaseOf(e.ActivityId ?? "") is { } phase ? phase.Result ?? phase.Name : e.Step);
            case JournalEvent.ReturnedForAmendment:
                return new SheetNote.ReturnedForAmendment(e.Note);
            case JournalEvent.ConditionEvaluated:
            case JournalEvent.AgencyReplied:
                return e.Note is { } text ? new SheetNote.Text(text) : null;
        }
        if (e.Appointment is { } appointment)
            return new SheetNote.Appointment(appointment, activity is ReceiptActivity ? instance.DossierNumber : null);
        if (e.Event == JournalEvent.StepCompleted && activity is not null and not ReceiptActivity && e.Outcome is { } port &&
            definition.Root.Targets(activity.Id, port).Any(t => definition.Root.Find(t) is CompletionRequestActivity))
            return new SheetNote.CompletionRequestedInProcessing(definition.Facts.Completion.RestartsDeadline);
        return e.Outcome switch
        {
            Ports.Incomplete when activity is ReceiptActivity => new SheetNote.CompletionRequested(),
            Ports.Refused when activity is ReceiptActivity => new SheetNote.ReceiptRefused(),
            Ports.Complaint => new SheetNote.ComplaintLodged(),
            Ports.Done when activity is PublicPostingActivity => new SheetNote.PostingOver(),
            Ports.Silence => new SheetNote.SilenceElapsed(),
            _ when activity is UnitTaskActivity { RecordedBy: { } unit } && e.Event == JournalEvent.StepCompleted => new SheetNote.RecordedBy(unit),
            _ => null,
        };
    }
}
