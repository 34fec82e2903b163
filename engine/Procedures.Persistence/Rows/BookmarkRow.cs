using NodaTime;

namespace Procedures.Persistence.Rows;

/// <summary>
/// An open task: a bookmark a dossier waits at, for a unit (<see cref="Unit"/>, the step's unit) or an agency asked to
/// reply (<see cref="Agency"/>). Local times are Vietnam civil time.
/// </summary>
public sealed class BookmarkRow
{
    public required string BookmarkId { get; set; }
    public required string DossierId { get; set; }
    public required string ActivityId { get; set; }
    public required string Kind { get; set; }
    public string Step { get; set; } = "";
    public string? Unit { get; set; }
    public string? Agency { get; set; }
    public LocalDateTime StartedAt { get; set; }
    public LocalDateTime? DueAt { get; set; }
    public LocalDateTime? WarnAt { get; set; }
}
