using System.Globalization;
using NodaTime;
using Procedures.Runtime.State;
using Procedures.Workflows;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Rendering;

namespace Procedures.Cli.Simulation;

/// <summary>
/// Prints a simulated dossier as the processing control sheet reads (Circular 01/2018 form 05): one row per
/// hand-over, with who had the dossier, when it came and was due, when they were done, on time or late, the status
/// after the row, and why an appointment was set. All words in the chosen language; outcome ids as the file has them.
/// </summary>
public sealed class TimelinePrinter(WorkflowDefinition definition, TimelineWords words, OutcomeWords outcomes)
{
    public void Print(WorkflowInstance instance, TextWriter output)
    {
        output.WriteLine(words.Dossier(instance.DossierNumber, instance.DefinitionId, instance.DefinitionVersion));
        output.WriteLine(words.Summary(T(instance.SubmittedAt), instance.Channel is { } c ? words.Channel(c) : null,
            T(instance.ReceivedAt), T(instance.DueAt), words.Status(instance.Status)));
        output.WriteLine(Row(words.Headers));

        var rows = instance.Journal.Where((e, i) => !IsSummaryOfReplies(instance.Journal, i)).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var e = rows[i];
            output.WriteLine(Row(
            [
                (i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(2), Step(e), Unit(e), T(e.ReceivedAt), T(e.DueAt), T(e.DoneAt),
                Outcome(e, instance), words.Punctuality(e.Punctuality), words.Status(e.Status), Note(e, instance) ?? "",
            ]));
        }

        if (!instance.IsFinished) return;
        var late = rows.Where(e => e.Punctuality == Punctuality.Late).Select(e => e.Unit is null ? e.Step : $"{e.Step} — {e.Unit}").ToList();
        output.WriteLine(late.Count == 0 ? words.AllOnTime : words.Late(late.Count, string.Join("; ", late)));
    }

    static string Row(IEnumerable<string> cells) => string.Join(" | ", cells).TrimEnd(' ', '|');

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

    string Unit(JournalEntry e) => e.Event switch
    {
        JournalEvent.DossierCompleted => words.Applicant,
        JournalEvent.Apologized => definition.Facts.ExecutingAgency.Name,
        _ => e.Unit ?? "",
    };

    string Step(JournalEntry e) => e.Event switch
    {
        JournalEvent.Submitted => words.Submit,
        JournalEvent.Apologized => words.Apology,
        _ => e.Step,
    };

    string Outcome(JournalEntry e, WorkflowInstance instance) => e.Event switch
    {
        JournalEvent.Submitted => instance.Channel is { } c ? words.Channel(c) : "",
        JournalEvent.AgencyReplied => words.Replied,
        JournalEvent.Apologized => "",
        _ => e.Outcome is { } o ? outcomes.Display(o) : "",
    };

    string? Note(JournalEntry e, WorkflowInstance instance)
    {
        var activity = e.ActivityId is null ? null : definition.Root.Find(e.ActivityId);
        switch (e.Event)
        {
            case JournalEvent.Submitted:
                return words.DossierNumber(instance.DossierNumber);
            case JournalEvent.DossierCompleted when e.Appointment is { } due:
                var previous = instance.Journal.LastOrDefault(x => x.Sequence < e.Sequence && x.Appointment is not null)?.Appointment;
                return words.NewAppointment(T(due), Limit(instance), previous is null ? null : T(previous));
            case JournalEvent.DossierCompleted:
                return words.CompletedAtReceipt;
            case JournalEvent.Apologized when instance.Apology is { } apology:
                return words.Apologized(T(apology.NewDueAt), T(apology.PreviousDueAt), apology.Reason,
                    apology.IssuedAt > apology.PreviousDueAt.PlusDays(-1));
            case JournalEvent.Refused:
                return e.Note is { } reasons ? $"{words.Refusal}: {reasons}" : words.Refusal;
            case JournalEvent.ResultReturned:
                return instance.Outcome == DossierOutcome.Refused ? words.RefusalReturned : null;
            case JournalEvent.ConditionEvaluated:
            case JournalEvent.AgencyReplied:
                return e.Note;
        }
        if (e.Appointment is { } appointment) return words.Appointment(T(appointment));
        return e.Outcome switch
        {
            Ports.Incomplete when activity is ReceiptActivity => words.CompletionRequested,
            Ports.Refused when activity is ReceiptActivity => words.ReceiptRefused,
            Ports.Complaint => words.ComplaintLodged,
            Ports.Done when activity is PublicPostingActivity => words.PostingOver,
            _ => null,
        };
    }

    string Limit(WorkflowInstance instance)
    {
        var limit = definition.Facts.TimeLimitFor(instance.Channel);
        return words.Language == Language.Syntax.KeywordLanguage.Vietnamese ? DomainWords.TimeLimit(limit) : limit.Unit switch
        {
            Calendar.TimeLimitUnit.WorkingDays => $"{DomainWords.Amount(limit.Amount)} working days",
            Calendar.TimeLimitUnit.CalendarDays => $"{DomainWords.Amount(limit.Amount)} days",
            _ => $"{DomainWords.Amount(limit.Amount)} hours",
        };
    }

    static string T(LocalDateTime? t) => t?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) ?? "—";
}
