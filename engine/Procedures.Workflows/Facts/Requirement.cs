namespace Procedures.Workflows.Facts;

/// <summary>
/// One requirement or condition of the procedure (yêu cầu, điều kiện thực hiện; Decree 63/2010 Art. 8) as published.
/// With a <paramref name="Condition"/> (C# text over the dossier's data) it is checked at submission and a dossier that
/// does not meet it is refused; without one it is shown, and the officer at receipt checks it.
/// </summary>
public sealed record Requirement(string Text, string? Condition = null);
