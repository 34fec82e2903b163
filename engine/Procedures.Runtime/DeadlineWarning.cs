using NodaTime;

namespace Procedures.Runtime;

/// <summary>
/// A deadline whose warning time has come: a step, one agency's reply, or (with a null activity) the appointment
/// itself, which is when the apology must go out at least one day ahead (Decree 61/2018 Art. 19).
/// </summary>
public sealed record DeadlineWarning(string? ActivityId, string Step, string? Unit, LocalDateTime WarnAt, LocalDateTime DueAt, bool IsOverdue);
