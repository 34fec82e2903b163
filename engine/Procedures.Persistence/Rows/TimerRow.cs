using NodaTime;

namespace Procedures.Persistence.Rows;

/// <summary>A scheduled timer; <see cref="BookmarkId"/> is null for the appointment's own timers.</summary>
public sealed class TimerRow
{
    public required string TimerId { get; set; }
    public required string DossierId { get; set; }
    public string? BookmarkId { get; set; }
    public Instant DueAt { get; set; }
    public required string Purpose { get; set; }
}
