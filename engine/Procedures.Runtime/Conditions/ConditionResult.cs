namespace Procedures.Runtime.Conditions;

/// <summary>A condition's value, or why it could not be decided (then an officer decides).</summary>
public sealed record ConditionResult(bool? Value, string? Error = null)
{
    public static ConditionResult Of(bool value) => new(value);
    public static ConditionResult Undecided(string error) => new(null, error);
}
