using NodaTime;

namespace Procedures.Persistence.Rows;

/// <summary>
/// A dossier's current state: the instance JSON is the truth, the other columns are copies for queries.
/// <see cref="Revision"/> is the optimistic concurrency token. Local times are Vietnam civil time. The number is null
/// until the dossier is received (Circular 01/2018 Art. 19); the appointment (<see cref="DueAt"/>, <see cref="WarnAt"/>)
/// is the running one, null while the clock stands with the dossier at the applicant.
/// </summary>
public sealed class DossierRow
{
    public required string DossierId { get; set; }
    public string? DossierNumber { get; set; }
    public required string DefinitionId { get; set; }
    public int DefinitionVersion { get; set; }
    public required string ContentHash { get; set; }
    public required string Status { get; set; }
    public string? ExecutingAgencyCode { get; set; }
    public string? Channel { get; set; }
    public LocalDateTime? ReceivedAt { get; set; }
    public LocalDateTime? DueAt { get; set; }
    public LocalDateTime? WarnAt { get; set; }
    public LocalDateTime? FinishedAt { get; set; }
    public bool Finished { get; set; }
    public int Revision { get; set; }
    public required string InstanceJson { get; set; }
}
