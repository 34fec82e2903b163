namespace Procedures.Workflows.Facts;

/// <summary>
/// One executing agency of a procedure whose agency depends on the dossier: it handles the dossier when
/// <paramref name="Condition"/> (C# over the dossier's data, carried here, evaluated at submission) holds; a null
/// condition always holds.
/// </summary>
public sealed record AgencyChoice(Agency Agency, string? Condition);
