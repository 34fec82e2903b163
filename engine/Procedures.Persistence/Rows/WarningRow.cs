using NodaTime;

namespace Procedures.Persistence.Rows;

/// <summary>
/// A deadline warning raised by a fired timer: one working day before a step's, an agency reply's or the appointment's
/// due time, or the due time itself passing (<see cref="Overdue"/>). It lives as long as the timer that raised it:
/// the transition that closes the step or moves the appointment deletes both.
/// </summary>
public sealed class WarningRow
{
    public required string TimerId { get; set; }
    public required string DossierId { get; set; }
    public string? BookmarkId { get; set; }
    public string? ActivityId { get; set; }
    public required string Step { get; set; }
    public string? Unit { get; set; }
    public string? Agency { get; set; }
    public LocalDateTime WarnAt { get; set; }
    public LocalDateTime DueAt { get; set; }
    public bool Overdue { get; set; }
    public Instant RaisedAt { get; set; }
}
