using NodaTime;

namespace Procedures.Persistence;

/// <summary>
/// One dossier waiting at a unit or an agency: what an officer's inbox lists. Times are Vietnam civil time;
/// <see cref="Late"/> and <see cref="DueSoon"/> are read against the clock at the query. The number is null until the
/// dossier is received; <see cref="AgencyCode"/> is the code of the executing agency that handles it.
/// </summary>
public sealed record WorkItem(
    string DossierId,
    string? DossierNumber,
    string ProcedureCode,
    string? AgencyCode,
    string BookmarkId,
    string ActivityId,
    string Kind,
    string Step,
    string? Unit,
    string? Agency,
    LocalDateTime StartedAt,
    LocalDateTime? DueAt,
    LocalDateTime? WarnAt,
    bool Late,
    bool DueSoon);

/// <summary>A warning raised by a timer, with the dossier it is about.</summary>
public sealed record RaisedWarning(
    string DossierId,
    string? DossierNumber,
    string ProcedureCode,
    string? AgencyCode,
    string? ActivityId,
    string Step,
    string? Unit,
    string? Agency,
    LocalDateTime WarnAt,
    LocalDateTime DueAt,
    bool Overdue,
    Instant RaisedAt);
