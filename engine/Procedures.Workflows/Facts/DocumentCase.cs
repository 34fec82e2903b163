namespace Procedures.Workflows.Facts;

/// <summary>A case (trường hợp) of a procedure with its own checklist, optionally guarded by a C# condition text.</summary>
public sealed record DocumentCase(string Name, string? Condition, IReadOnlyList<RequiredDocument> Documents);
