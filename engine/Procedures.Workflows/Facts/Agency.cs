namespace Procedures.Workflows.Facts;

/// <summary>An agency that executes a procedure; <paramref name="Code"/> is the agency code that opens
/// every dossier number it issues (Circular 01/2018/TT-VPCP Art. 19), e.g. <c>000.00.12.H26</c>.</summary>
public sealed record Agency(string Name, string Code);
