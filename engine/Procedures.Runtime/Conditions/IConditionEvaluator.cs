using System.Text.Json;

namespace Procedures.Runtime.Conditions;

/// <summary>
/// Evaluates a decision's C# condition over the dossier's data. The Roslyn-based evaluator comes in a later issue;
/// until one is injected (or when it returns an undecided result), a decision waits for an officer to choose
/// <c>True</c> or <c>False</c>, and the bookmark shows the condition's text as the prompt.
/// </summary>
public interface IConditionEvaluator
{
    ConditionResult Evaluate(string condition, IReadOnlyDictionary<string, JsonElement> data);
}
