using NodaTime;

namespace Procedures.Persistence.Rows;

/// <summary>
/// A timer the dossier needs, written with the transition that needs it and deleted with the one that cancels it.
/// <see cref="BookmarkId"/> is null for the appointment's own timers. <see cref="FiredAt"/> is set by the one node that
/// claims the firing, so a timer fires once however many nodes see it due.
/// </summary>
public sealed class TimerRow
{
    public required string TimerId { get; set; }
    public required string DossierId { get; set; }
    public string? BookmarkId { get; set; }
    public Instant DueAt { get; set; }
    public required string Purpose { get; set; }
    public Instant? FiredAt { get; set; }
}
