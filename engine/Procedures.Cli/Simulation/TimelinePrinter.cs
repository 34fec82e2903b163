using System.Globalization;
using NodaTime;
using Procedures.Runtime.State;
using Procedures.Workflows;
using Procedures.Workflows.Rendering;

namespace Procedures.Cli.Simulation;

/// <summary>
/// Prints a simulated dossier as the processing control sheet reads (Circular 01/2018 form 05): one row per
/// hand-over (<see cref="ControlSheet.Rows"/>), with who had the dossier, when it came and was due, when they were done,
/// on time or late, the status after the row, and why an appointment was set. All words in the chosen language;
/// outcome ids as the file has them.
/// </summary>
public sealed class TimelinePrinter(WorkflowDefinition definition, TimelineWords words, OutcomeWords outcomes)
{
    public void Print(WorkflowInstance instance, TextWriter output)
    {
        output.WriteLine(words.Dossier(instance.DossierNumber, instance.DefinitionId, instance.DefinitionVersion));
        output.WriteLine(words.Summary(T(instance.SubmittedAt), instance.Channel is { } c ? words.Channel(c) : null,
            T(instance.ReceivedAt), T(instance.DueAt), words.Status(instance.Status)));
        output.WriteLine(Row(words.Headers));

        var rows = ControlSheet.Rows(definition, instance);
        foreach (var row in rows)
        {
            var e = row.Entry;
            output.WriteLine(Row(
            [
                row.Number.ToString(CultureInfo.InvariantCulture).PadLeft(2), Step(e), row.ByApplicant ? words.Applicant : row.Handler ?? "",
                T(e.ReceivedAt), T(e.DueAt), T(e.DoneAt), Outcome(row.Outcome), words.Punctuality(e.Punctuality), words.Status(e.Status),
                Note(row.Note) ?? "",
            ]));
        }

        if (!instance.IsFinished) return;
        var late = ControlSheet.Late(rows).Select(r => r.Entry.Unit is null ? r.Entry.Step : $"{r.Entry.Step} — {r.Entry.Unit}").ToList();
        output.WriteLine(late.Count == 0 ? words.AllOnTime : words.Late(late.Count, string.Join("; ", late)));
    }

    static string Row(IEnumerable<string> cells) => string.Join(" | ", cells).TrimEnd(' ', '|');

    string Step(JournalEntry e) => e.Event switch
    {
        JournalEvent.Submitted => words.Submit,
        JournalEvent.Apologized => words.Apology,
        JournalEvent.Opened => words.Open,
        JournalEvent.ClockStopped => words.ClockStoppedStep,
        JournalEvent.ClockResumed => words.ClockResumedStep,
        JournalEvent.AppointmentSet => words.AppointmentStep,
        JournalEvent.PhaseStarted => words.PhaseStep(e.Step),
        _ => e.Step,
    };

    string Outcome(SheetOutcome outcome) => outcome switch
    {
        SheetOutcome.Channel c => words.Channel(c.Kind),
        SheetOutcome.Replied => words.Replied,
        SheetOutcome.Port p => outcomes.Display(p.Name),
        _ => "",
    };

    string? Note(SheetNote? note) => note switch
    {
        SheetNote.DossierNumber n => words.DossierNumber(n.Number),
        SheetNote.FiledLate f => string.Join("; ", f.Windows.Select(words.LateAccepted)
            .Prepend(f.Number is { } number ? words.DossierNumber(number) : null).OfType<string>()),
        SheetNote.Appointment a => words.Appointment(T(a.Due), a.Number),
        SheetNote.NewAppointment n => words.NewAppointment(T(n.Due), Limit(n.Limit), n.Previous is { } previous ? T(previous) : null, Cite(n.Law)),
        SheetNote.CompletionRequestedInProcessing c => words.CompletionRequestedInProcessing(c.Restarts is { } law ? Cite(law) : null),
        SheetNote.CompletedInProcessing => words.CompletedInProcessing,
        SheetNote.CompletedAtReceipt => words.CompletedAtReceipt,
        SheetNote.CompletionRequested => words.CompletionRequested,
        SheetNote.ReceiptRefused => words.ReceiptRefused,
        SheetNote.Apology a => words.Apologized(T(a.NewDue), T(a.PreviousDue), a.Reason, a.LateNotice),
        SheetNote.Refusal r => r.Reasons is { } reasons ? $"{words.Refusal}: {reasons}" : words.Refusal,
        SheetNote.RefusalReturned => words.RefusalReturned,
        SheetNote.ComplaintLodged => words.ComplaintLodged,
        SheetNote.PostingOver => words.PostingOver,
        SheetNote.ClockStopped s => words.ClockStopped(s.Awaited, s.SuspendedDue is { } due ? T(due) : null),
        SheetNote.ClockResumed r => words.ClockResumed(DomainWords.Amount(r.WorkingDays), r.NewDue is { } due ? T(due) : null),
        SheetNote.PhaseStarted p => p.Due is { } due ? words.Appointment(T(due)) : words.AppointmentWhenDone(p.From ?? ""),
        SheetNote.PhaseResultReturned r => words.PhaseResult(r.Result),
        SheetNote.Text t => t.Value,
        SheetNote.Opened o => words.Opened(o.Number, o.Deadline is { } deadline ? T(deadline) : null),
        SheetNote.NoticeSent n => words.NoticeSent(n.Recipient),
        SheetNote.RecordedBy r => words.RecordedBy(r.Unit),
        SheetNote.SilenceElapsed => words.SilenceElapsed,
        SheetNote.ReturnedForAmendment r => r.Reasons is { } reasons ? $"{words.ReturnedForAmendment}: {reasons}" : words.ReturnedForAmendment,
        SheetNote.AmendmentReturned => words.AmendmentReturned,
        _ => null,
    };

    string Limit(Calendar.TimeLimit limit) =>
        words.Language == Language.Syntax.KeywordLanguage.Vietnamese ? DomainWords.TimeLimit(limit) : limit.Unit switch
        {
            Calendar.TimeLimitUnit.WorkingDays => $"{DomainWords.Amount(limit.Amount)} working days",
            Calendar.TimeLimitUnit.CalendarDays => $"{DomainWords.Amount(limit.Amount)} days",
            Calendar.TimeLimitUnit.Months => $"{DomainWords.Amount(limit.Amount)} months",
            Calendar.TimeLimitUnit.Years => $"{DomainWords.Amount(limit.Amount)} years",
            _ => $"{DomainWords.Amount(limit.Amount)} hours",
        };

    string Cite(Workflows.Facts.LegalCitation law) => law.Article is { } article
        ? words.Language == Language.Syntax.KeywordLanguage.Vietnamese ? $"{law.Document} Điều {article}" : $"{law.Document} Art. {article}"
        : law.Document;

    static string T(LocalDateTime? t) => t?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) ?? "—";
}
