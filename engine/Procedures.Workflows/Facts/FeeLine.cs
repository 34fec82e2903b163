namespace Procedures.Workflows.Facts;

/// <summary>
/// One fee of the procedure by case (phí, lệ phí): an amount in đồng for an item, due when its C# condition over the
/// dossier's data holds (always without one). A dossier pays the sum of the lines that hold.
/// </summary>
public sealed record FeeLine(decimal Amount, string Item, string? Condition = null);
