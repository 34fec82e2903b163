using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Procedures.Runtime.State;
using Procedures.Workflows;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Facts;

namespace Procedures.Forms;

/// <summary>The applicant as the forms name them; null where the dossier's data has no such field.</summary>
public sealed record Applicant(string? Name, string? IdentityNumber, string? Address, string? Phone, string? Email);

/// <summary>
/// One document of the dossier (thành phần hồ sơ) with its number of originals and copies; a "one of" line with its
/// alternatives (each with its counts), a looked-up one with the database the officer checks it in.
/// </summary>
public sealed record DocumentLine(string Name, string Copies, string? Case, bool Undecided)
{
    public IReadOnlyList<DocumentLine> Alternatives { get; init; } = [];

    public string? LookedUpIn { get; init; }

    public string? About { get; init; }
}

/// <summary>The request to complete a dossier (form 02): the row of the step that asked and, once done, the completion.</summary>
public sealed record CompletionRequestView(JournalEntry Request, bool AtReceipt, JournalEntry? Completed);

/// <summary>The refusal (form 03): its journal row, the reasons given, and whether it was a refusal to receive.</summary>
public sealed record RefusalView(JournalEntry Entry, string? Reasons, bool AtReceipt);

/// <summary>
/// What the forms print about one dossier, read from what the engine stores: the instance (journal, appointment, status,
/// data, channel, number) and the facts of the definition version it runs on. Every form takes its values from here.
/// </summary>
public sealed class DossierView
{
    public DossierView(WorkflowDefinition definition, WorkflowInstance instance, ApplicantFields? fields = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(instance);
        Definition = definition;
        Instance = instance;
        var applicant = fields ?? ApplicantFields.Default;
        Applicant = new Applicant(Text(applicant.Name), Text(applicant.IdentityNumber), Text(applicant.Address), Text(applicant.Phone), Text(applicant.Email));
        Rows = ControlSheet.Rows(definition, instance);
        Completion = FindCompletionRequest();
        Refusal = FindRefusal();
    }

    public WorkflowDefinition Definition { get; }

    public WorkflowInstance Instance { get; }

    public ProcedureFacts Facts => Definition.Facts;

    /// <summary>The agency that handles the dossier: the one its data chose, else the procedure's executing agency.</summary>
    public Agency Agency => Instance.ExecutingAgency ?? Facts.ExecutingAgency;

    /// <summary>The agency whose one-stop office received the dossier and returns the result: the receiving agency, else <see cref="Agency"/>.</summary>
    public Agency ReceivingAgency => Facts.ReceivingAgency ?? Agency;

    public Applicant Applicant { get; }

    /// <summary>The processing control sheet's rows (form 05), as the CLI's timeline has them.</summary>
    public ImmutableList<ControlSheetRow> Rows { get; }

    public CompletionRequestView? Completion { get; }

    public RefusalView? Refusal { get; }

    /// <summary>The unit that receives dossiers and returns results: the receipt step's, else the one-stop office.</summary>
    public string OneStopUnit => Definition.Root.Activities.OfType<ReceiptActivity>().FirstOrDefault()?.Unit is { Length: > 0 } unit
        ? unit : "Bộ phận Một cửa";

    public Calendar.TimeLimit Limit => Facts.TimeLimitFor(Instance.Channel);

    /// <summary>The documents this dossier must hold, given its data, with their counts from the procedure's checklist.</summary>
    public IReadOnlyList<DocumentLine> Documents => [.. Instance.Checklist.Select(Line)];

    DocumentLine Line(Runtime.Data.ChecklistEntry c) => new(c.Name, FormText.Copies(Document(c.DocumentId)), c.Case, c.Undecided)
    {
        Alternatives = [.. c.Alternatives.Select(Line)],
        LookedUpIn = c.LookedUpIn,
        About = c.About,
    };

    /// <summary>
    /// The appointment the receipt gave, or the one set again when the applicant completed the dossier during
    /// processing (moved by the time the dossier was with the applicant, or counted again from the complete dossier when
    /// the sector law says so); never the apology's new date, which form 04 gives.
    /// </summary>
    public LocalDateTime? Appointment =>
        Instance.Journal.LastOrDefault(e => e.Appointment is not null && e.Event != JournalEvent.Apologized)?.Appointment
        ?? (Instance.Apology?.PreviousDueAt ?? Instance.DueAt);

    /// <summary>
    /// The completion that set <see cref="Appointment"/> again, if one did: the completion itself when the sector law
    /// counts the time limit again, else the clock's resume after it (done when the dossier came back).
    /// </summary>
    public JournalEntry? AppointmentReset =>
        Instance.Journal.LastOrDefault(e => e.Appointment is not null && e.Event != JournalEvent.Apologized) is { } reset
        && (reset.Event == JournalEvent.DossierCompleted
            || reset is { Event: JournalEvent.ClockResumed, ActivityId: { } id } && Definition.Root.Find(id) is CompletionRequestActivity)
            ? reset : null;

    /// <summary>
    /// The hand-over from the one-stop desk to the unit that processes the dossier: when the step after the receipt
    /// got it (a row of the sheet, or the step it waits at now).
    /// </summary>
    public LocalDateTime? HandedToUnitAt
    {
        get
        {
            var receipt = Rows.FindIndex(r => r.Entry.Outcome == Ports.Received);
            if (receipt < 0) return null;
            return receipt + 1 < Rows.Count ? Rows[receipt + 1].Entry.ReceivedAt : Instance.ActiveSteps.FirstOrDefault()?.StartedAt;
        }
    }

    /// <summary>The row where the result (or the refusal letter) went back to the applicant.</summary>
    public JournalEntry? Returned => Instance.Journal.LastOrDefault(e => e.Event == JournalEvent.ResultReturned);

    RequiredDocument? Document(string id) => Facts.Documents.All.FirstOrDefault(d => d.Id == id);

    /// <summary>A data field as text: a text value as written, any other value as its JSON; null when absent or empty.</summary>
    string? Text(string field) => Instance.Data.TryGetValue(field, out var value) ? value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } text ? text : null,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    } : null;

    /// <summary>The last step row whose outcome led into a request to complete (at receipt, or from a processing step).</summary>
    CompletionRequestView? FindCompletionRequest()
    {
        var journal = Instance.Journal;
        for (var i = journal.Count - 1; i >= 0; i--)
        {
            var e = journal[i];
            if (e.ActivityId is null || e.Outcome is null || e.Event != JournalEvent.StepCompleted) continue;
            var request = Definition.Root.Targets(e.ActivityId, e.Outcome).Select(Definition.Root.Find).OfType<CompletionRequestActivity>().FirstOrDefault();
            if (request is null) continue;
            var completed = journal.Skip(i + 1).FirstOrDefault(x => x.Event == JournalEvent.DossierCompleted && x.ActivityId == request.Id);
            return new CompletionRequestView(e, Definition.Root.Find(e.ActivityId) is ReceiptActivity, completed);
        }
        return null;
    }

    RefusalView? FindRefusal()
    {
        if (Instance.Outcome != DossierOutcome.Refused) return null;
        var refused = Instance.Journal.LastOrDefault(e => e.Event == JournalEvent.Refused);
        if (refused is null) return null;
        var atReceipt = Instance.Journal.Any(e => e.Outcome == Ports.Refused && e.ActivityId is { } id && Definition.Root.Find(id) is ReceiptActivity);
        return new RefusalView(refused, Instance.RefusalReasons ?? refused.Note, atReceipt);
    }
}
