namespace Procedures.Api.Contracts;

/// <summary>One task waiting at a unit or an agency: late first, then by due time. The number is null until the dossier is received.</summary>
public sealed record WorkItemView(
    string DossierId,
    string? DossierNumber,
    string ProcedureCode,
    string BookmarkId,
    string ActivityId,
    string Kind,
    string Step,
    string? Unit,
    string? Agency,
    DateTimeOffset StartedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? WarnAt,
    bool Late,
    bool DueSoon);

/// <summary>A deadline warning raised one working day before a due time, or an overdue mark when it passed.</summary>
public sealed record WarningView(
    string DossierId,
    string? DossierNumber,
    string ProcedureCode,
    string? ActivityId,
    string Step,
    string? Unit,
    string? Agency,
    DateTimeOffset WarnAt,
    DateTimeOffset DueAt,
    bool Overdue,
    DateTimeOffset RaisedAt);
