using System.Collections.Immutable;
using System.Text.Json;
using Procedures.Runtime.Conditions;
using Procedures.Workflows;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime.Data;

/// <summary>One amount a dossier pays (phí, lệ phí); <see cref="Undecided"/> when its case could not be decided from the data.</summary>
public sealed record FeeCharge(string Item, decimal Amount, bool Undecided = false);

/// <summary>
/// What a dossier pays: the fee lines whose condition holds on its data (a line the data cannot decide is kept, marked
/// undecided, for the officer at receipt), or, for a procedure with fees per channel, the fee of the channel it came through.
/// </summary>
public static class Fees
{
    /// <summary>The item a channel's fee is charged under when its line gives no note.</summary>
    public const string ChannelFeeItem = "Phí, lệ phí";

    public static ImmutableList<FeeCharge> For(WorkflowDefinition definition, ChannelKind? channel,
        IReadOnlyDictionary<string, JsonElement> data, IConditionEvaluator? conditions)
    {
        var facts = definition.Facts;
        if (facts.FeeLines.Count == 0)
            return channel is { } kind && facts.Channels.FirstOrDefault(c => c.Kind == kind) is { Fee: { } fee } line
                ? [new FeeCharge(line.FeeNote ?? ChannelFeeItem, fee)]
                : [];
        var charges = ImmutableList.CreateBuilder<FeeCharge>();
        foreach (var fee in facts.FeeLines)
        {
            var holds = fee.Condition is { Length: > 0 } condition ? conditions.TryEvaluate(definition, condition, data).Value : true;
            if (holds != false) charges.Add(new FeeCharge(fee.Item, fee.Amount, holds is null));
        }
        return charges.ToImmutable();
    }
}
