using NodaTime;

namespace Procedures.Runtime.State;

/// <summary>
/// A request to complete the dossier (Circular 01/2018 form 02), kept for the rules that limit them: guidance at receipt
/// once (<see cref="AtReceipt"/>), a request during processing once per <see cref="Agency"/> (Decree 61/2018 Art. 19 as
/// amended by Decree 107/2021). <see cref="StepDueAt"/> is the due time of the step that asked, as it stood when it asked:
/// when the dossier comes back, that step resumes with it moved by the time the dossier was with the applicant.
/// </summary>
public sealed record CompletionRequestRecord(
    string ActivityId,
    string AskedBy,
    string Agency,
    bool AtReceipt,
    LocalDateTime RequestedAt,
    LocalDateTime? StepDueAt,
    LocalDateTime? CompletedAt = null);
