using NodaTime;

namespace Procedures.Runtime.State;

/// <summary>
/// A time the agency's clock stood still on a dossier: from <see cref="StoppedAt"/> while it waited on
/// <see cref="Awaited"/> (at an await step, <see cref="ActivityId"/>) until <see cref="ResumedAt"/>. While it stands the
/// appointment is suspended (<see cref="SuspendedDueAt"/> is what it was); on resume it and every later due time move by
/// <see cref="Sessions"/>, the office sessions (half working days) that began in between.
/// </summary>
public sealed record ClockStop(LocalDateTime StoppedAt, string? ActivityId, string Awaited, LocalDateTime? SuspendedDueAt)
{
    public LocalDateTime? ResumedAt { get; init; }
    public int Sessions { get; init; }
}
