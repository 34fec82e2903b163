using NodaTime;

namespace Procedures.Persistence.Rows;

/// <summary>One line of a dossier's processing control sheet; append-only.</summary>
public sealed class JournalRow
{
    public required string DossierId { get; set; }
    public int Sequence { get; set; }
    public required string Event { get; set; }
    public string? ActivityId { get; set; }
    public required string Step { get; set; }
    public string? Unit { get; set; }
    public string? Outcome { get; set; }
    public LocalDateTime ReceivedAt { get; set; }
    public LocalDateTime? DueAt { get; set; }
    public LocalDateTime DoneAt { get; set; }
    public required string Punctuality { get; set; }
    public required string Status { get; set; }
    public string? Note { get; set; }
    public LocalDateTime? Appointment { get; set; }
}
