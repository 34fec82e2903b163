using NodaTime;

namespace Procedures.Runtime.State;

/// <summary>
/// One line of the processing control sheet (phiếu kiểm soát quá trình giải quyết hồ sơ, Circular 01/2018 form 05):
/// who had the dossier, when they received it, when it was due, when they were done, on time or late; plus the
/// dossier's status after the transition (Circular 22/2019 Art. 4). <see cref="Appointment"/> is the appointment this
/// hand-over set (a receipt, a completed dossier, an apology), if any. Times are Vietnam civil time.
/// </summary>
public sealed record JournalEntry(
    int Sequence,
    JournalEvent Event,
    string? ActivityId,
    string Step,
    string? Unit,
    string? Outcome,
    LocalDateTime ReceivedAt,
    LocalDateTime? DueAt,
    LocalDateTime DoneAt,
    Punctuality Punctuality,
    DossierStatus Status,
    string? Note = null,
    LocalDateTime? Appointment = null);
