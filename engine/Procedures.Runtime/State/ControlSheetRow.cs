using NodaTime;
using Procedures.Calendar;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime.State;

/// <summary>
/// One row of the processing control sheet (phiếu kiểm soát quá trình giải quyết hồ sơ, Circular 01/2018 form 05): a
/// hand-over with who had the dossier (<see cref="Handler"/>; null and <see cref="ByApplicant"/> when the applicant
/// completed it), what came of it and why, as typed facts that each output words in its own language.
/// </summary>
public sealed record ControlSheetRow(int Number, JournalEntry Entry, string? Handler, SheetOutcome Outcome, SheetNote? Note)
{
    public bool ByApplicant => Entry.Event == JournalEvent.DossierCompleted;
}

/// <summary>What a row's step came to.</summary>
public abstract record SheetOutcome
{
    private SheetOutcome()
    {
    }

    public sealed record None : SheetOutcome;

    /// <summary>The submission: the channel the dossier came through.</summary>
    public sealed record Channel(ChannelKind Kind) : SheetOutcome;

    /// <summary>A consulted, routed or higher-level agency replied.</summary>
    public sealed record Replied : SheetOutcome;

    /// <summary>The port the step left through: a built-in one (<c>Received</c>, <c>Done</c> …) or an outcome id as the file writes it.</summary>
    public sealed record Port(string Name) : SheetOutcome;
}

/// <summary>Why a row matters beyond its step, as the sheet's note column says it.</summary>
public abstract record SheetNote
{
    private SheetNote()
    {
    }

    /// <summary>The submission row: the number the dossier got.</summary>
    public sealed record DossierNumber(string Number) : SheetNote;

    /// <summary>
    /// The submission row of a dossier filed outside windows that accept late filings (chậm vẫn nhận): why each was
    /// missed, the dossier received all the same; with its <paramref name="Number"/> when it was numbered at submission.
    /// </summary>
    public sealed record FiledLate(string? Number, IReadOnlyList<Messages.Refusal> Windows) : SheetNote;

    /// <summary>
    /// The receipt (or another hand-over) set the appointment; the receipt also gave the dossier its
    /// <paramref name="Number"/> (Circular 01/2018 Art. 19).
    /// </summary>
    public sealed record Appointment(LocalDateTime Due, string? Number = null) : SheetNote;

    /// <summary>
    /// The applicant completed the dossier during processing and, as the procedure's sector law (<paramref name="Law"/>)
    /// says, the appointment was set again counting <paramref name="Limit"/> from the complete dossier;
    /// <paramref name="Previous"/> is the appointment it replaced.
    /// </summary>
    public sealed record NewAppointment(LocalDateTime Due, TimeLimit Limit, LocalDateTime? Previous, LegalCitation Law) : SheetNote;

    /// <summary>
    /// A step asked the applicant to complete the dossier during processing (form 02): the agency's clock stops until the
    /// dossier is back (Decree 61/2018 Art. 19 as amended by Decree 107/2021; the stop is the next row), or, when
    /// <paramref name="Restarts"/> cites the sector law, the time limit will count again from the complete dossier.
    /// </summary>
    public sealed record CompletionRequestedInProcessing(LegalCitation? Restarts) : SheetNote;

    /// <summary>The applicant completed the dossier during processing; the clock's resume, with the moved appointment, is the next row.</summary>
    public sealed record CompletedInProcessing : SheetNote;

    /// <summary>The applicant completed a dossier the receipt asked to complete; it is handed in again for receipt.</summary>
    public sealed record CompletedAtReceipt : SheetNote;

    /// <summary>The receipt gave the applicant guidance to complete the dossier, once (form 02); no number, no deadline yet.</summary>
    public sealed record CompletionRequested : SheetNote;

    /// <summary>The receipt refused the dossier (form 03).</summary>
    public sealed record ReceiptRefused : SheetNote;

    /// <summary>
    /// The apology with its new appointment (form 04); <paramref name="LateNotice"/> when it went out less than a day
    /// before the appointment it moved (Decree 61/2018 Art. 19 asks for at least one).
    /// </summary>
    public sealed record Apology(LocalDateTime NewDue, LocalDateTime PreviousDue, string Reason, bool LateNotice) : SheetNote;

    /// <summary>Refused, with the reasons given, if any.</summary>
    public sealed record Refusal(string? Reasons) : SheetNote;

    /// <summary>The return step handed back the refusal letter instead of a result.</summary>
    public sealed record RefusalReturned : SheetNote;

    public sealed record ComplaintLodged : SheetNote;

    /// <summary>The agency's clock stopped while the dossier waits on <paramref name="Awaited"/>; the appointment it suspended.</summary>
    public sealed record ClockStopped(string Awaited, LocalDateTime? SuspendedDue) : SheetNote;

    /// <summary>The clock resumed: <paramref name="WorkingDays"/> spent waiting are not counted; the appointment moved to <paramref name="NewDue"/>.</summary>
    public sealed record ClockResumed(decimal WorkingDays, LocalDateTime? NewDue) : SheetNote;

    /// <summary>A phase began with its own appointment, or one set when the step <paramref name="From"/> ends.</summary>
    public sealed record PhaseStarted(LocalDateTime? Due, string? From) : SheetNote;

    /// <summary>A phase's result handed out mid-way; the dossier goes on.</summary>
    public sealed record PhaseResultReturned(string Result) : SheetNote;

    public sealed record PostingOver : SheetNote;

    /// <summary>Text the runtime or an agency wrote: a condition with the values read, an agency's reply.</summary>
    public sealed record Text(string Value) : SheetNote;

    /// <summary>An officer of the executing agency opened a dossier the agency starts itself; its own deadline, if any.</summary>
    public sealed record Opened(string Number, LocalDateTime? Deadline) : SheetNote;

    /// <summary>A notice went out to <paramref name="Recipient"/>; nothing is awaited.</summary>
    public sealed record NoticeSent(string Recipient) : SheetNote;

    /// <summary>The applicant or a party did the step; an officer of <paramref name="Unit"/> recorded it.</summary>
    public sealed record RecordedBy(string Unit) : SheetNote;

    /// <summary>The step's time limit passed with no objection: its silence outcome was taken (deemed approval).</summary>
    public sealed record SilenceElapsed : SheetNote;

    /// <summary>Returned to the applicant to amend and submit again, with the reasons given, if any.</summary>
    public sealed record ReturnedForAmendment(string? Reasons) : SheetNote;

    /// <summary>The return step handed the dossier back for amendment instead of a result.</summary>
    public sealed record AmendmentReturned : SheetNote;
}
