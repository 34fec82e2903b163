using System.Text.Json;
using Procedures.Runtime.Conditions;
using Procedures.Runtime.Messages;
using Procedures.Workflows;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime.Agencies;

/// <summary>
/// Which agency handles a dossier and which agency's code opens its number. A procedure names one executing agency, or
/// several each with a condition over the dossier's data (the level, the facility): the first whose condition holds
/// is the dossier's agency. The number carries the code of the agency whose one-stop office receives the dossier
/// (Circular 01/2018 Art. 19): the receiving agency when the procedure names one, else the dossier's agency.
/// </summary>
public static class DossierAgency
{
    /// <summary>
    /// The dossier's executing agency, or the refusal: none of the conditions holds (PRC5130), or one that comes before
    /// the agency that would hold cannot be decided on the data given (PRC5131). Deterministic: the same data give the
    /// same agency at submission and at every later look.
    /// </summary>
    public static Refusal? Choose(WorkflowDefinition definition, IReadOnlyDictionary<string, JsonElement>? data,
        IConditionEvaluator? conditions, out Agency agency)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var facts = definition.Facts;
        agency = facts.ExecutingAgency;
        if (facts.AgencyChoices is not { Count: > 0 } choices) return null;
        var given = data ?? new Dictionary<string, JsonElement>();
        foreach (var choice in choices)
        {
            if (string.IsNullOrWhiteSpace(choice.Condition))
            {
                agency = choice.Agency;
                return null;
            }
            var result = conditions.TryEvaluate(definition, choice.Condition, given);
            if (result.Value is true)
            {
                agency = choice.Agency;
                return null;
            }
            if (result.Value is null)
                return RefusalCatalogue.AgencyUndecided.With(facts.Code, choice.Condition, choice.Agency.Name, result.Error ?? "");
        }
        return RefusalCatalogue.NoAgencyHolds.With(facts.Code,
            string.Join("; ", choices.Select(c => $"{c.Agency.Name}: `{c.Condition}`")));
    }

    /// <summary>The agency code that opens the dossier number: the receiving agency's, else the dossier's executing agency's.</summary>
    public static string NumberingCode(ProcedureFacts facts, Agency executing)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(executing);
        return facts.ReceivingAgency?.Code is { Length: > 0 } receiving ? receiving : executing.Code;
    }
}
