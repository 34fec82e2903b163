namespace Procedures.Runtime.Conditions;

/// <summary>A condition's value, or why it could not be decided (then an officer decides).</summary>
public sealed record ConditionResult(bool? Value, string? Error = null)
{
    public static ConditionResult Of(bool value) => new(value);
    public static ConditionResult Undecided(string error) => new(null, error);
}

public static class ConditionEvaluation
{
    /// <summary>
    /// The evaluator's answer, or undecided when it fails: a condition that cannot be computed on this dossier's data
    /// must not stop the dossier; an officer decides instead.
    /// </summary>
    public static ConditionResult TryEvaluate(this IConditionEvaluator? conditions, Procedures.Workflows.WorkflowDefinition definition,
        string condition, IReadOnlyDictionary<string, System.Text.Json.JsonElement> data)
    {
        if (conditions is null)
            return ConditionResult.Undecided("no condition evaluator");
        try
        {
            return conditions.Evaluate(definition, condition, data);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ConditionResult.Undecided(e.Message);
        }
    }
}
