using NodaTime;

namespace Procedures.Persistence.Rows;

/// <summary>
/// Who handed a dossier in through the HTTP API, and the portal's <c>Idempotency-Key</c> for it: written before the
/// engine opens the dossier (so a portal always finds its own dossiers), removed again when the engine refuses it.
/// (<see cref="Portal"/>, <see cref="IdempotencyKey"/>) is unique, so a retried submission finds the dossier of the first
/// attempt instead of opening a second one; <see cref="RequestHash"/> tells a retry from a different request reusing
/// the key. <see cref="DocumentsJson"/> lists the documents the applicant said were supplied.
/// </summary>
public sealed class SubmissionRow
{
    public required string DossierId { get; set; }
    public required string Portal { get; set; }
    public required string ProcedureCode { get; set; }
    public string? IdempotencyKey { get; set; }
    public required string RequestHash { get; set; }
    public string DocumentsJson { get; set; } = "[]";
    public Instant CreatedAt { get; set; }
}
