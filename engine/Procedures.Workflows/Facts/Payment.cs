namespace Procedures.Workflows.Facts;

/// <summary>
/// A payment the procedure makes to the citizen (chi trả: a benefit, a support amount): its title, the amount in đồng
/// or as a rule in words (<paramref name="AmountText"/>, e.g. "20 lần mức chuẩn trợ giúp xã hội"), when its C# condition
/// holds, and the phase whose result pays it.
/// </summary>
public sealed record Payment(string Title, decimal? Amount = null, string? AmountText = null, string? Condition = null, string? Phase = null);
