using System.Text.Json;
using Procedures.Workflows;

namespace Procedures.Runtime.Conditions;

/// <summary>
/// Evaluates one of a definition's C# conditions over the dossier's data. When none is injected, or when a condition
/// cannot be decided (a field it reads was not given), a decision waits for an officer to choose True or False, and
/// the bookmark shows the condition's text as the prompt.
/// </summary>
public interface IConditionEvaluator
{
    ConditionResult Evaluate(WorkflowDefinition definition, string condition, IReadOnlyDictionary<string, JsonElement> data);
}
