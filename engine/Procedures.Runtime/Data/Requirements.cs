using System.Collections.Immutable;
using System.Text.Json;
using Procedures.Runtime.Conditions;
using Procedures.Runtime.Messages;
using Procedures.Workflows;

namespace Procedures.Runtime.Data;

/// <summary>
/// One requirement of the procedure as it stands for a dossier: <see cref="Met"/> when its condition held on the data at
/// submission; otherwise (no condition, or the data could not decide it) the officer at receipt checks it.
/// </summary>
public sealed record RequirementCheck(string Text, bool Met);

/// <summary>
/// The procedure's requirements (yêu cầu, điều kiện) at submission: a requirement whose condition is false on the
/// dossier's data refuses the dossier, with its text; the rest are listed for the officer.
/// </summary>
public static class Requirements
{
    public static (IReadOnlyList<Refusal> Unmet, ImmutableList<RequirementCheck> Checks) Check(
        WorkflowDefinition definition, IReadOnlyDictionary<string, JsonElement> data, IConditionEvaluator? conditions)
    {
        var unmet = new List<Refusal>();
        var checks = ImmutableList.CreateBuilder<RequirementCheck>();
        foreach (var requirement in definition.Facts.Requirements)
        {
            var holds = requirement.Condition is { Length: > 0 } condition ? conditions.TryEvaluate(definition, condition, data).Value : null;
            if (holds == false)
                unmet.Add(RefusalCatalogue.RequirementNotMet.With(requirement.Text,
                    ConditionInputs.Describe(requirement.Condition!, definition.Facts.Data, data)));
            else
                checks.Add(new RequirementCheck(requirement.Text, holds == true));
        }
        return (unmet, checks.ToImmutable());
    }
}
