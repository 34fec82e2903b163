using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Procedures.Workflows.Facts;

namespace Procedures.Cli.Simulation;

/// <summary>
/// <c>--data field=value</c> pairs as the JSON a portal would submit, each value typed by the field's declaration
/// (numbers as numbers, yes/no as true/false, a list split at ';'). A value that does not fit its type is passed on
/// as text, so the runtime's check of the data names the field and what it expects, as it would for a portal.
/// </summary>
public static class DataValues
{
    public static ImmutableSortedDictionary<string, JsonElement> Typed(IEnumerable<(string Field, string Value)> pairs, IReadOnlyList<DataField> fields)
    {
        var declared = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        return pairs.ToImmutableSortedDictionary(p => p.Field, p => Value(declared.GetValueOrDefault(p.Field)?.Type, p.Value), StringComparer.Ordinal);
    }

    static JsonElement Value(DataType? type, string text) => type switch
    {
        DataType.WholeNumber or DataType.Decimal or DataType.Money
            when decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) =>
            JsonSerializer.SerializeToElement(number),
        DataType.YesNo when YesNo(text) is { } answer => JsonSerializer.SerializeToElement(answer),
        DataType.ListOf => JsonSerializer.SerializeToElement(text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)),
        _ => JsonSerializer.SerializeToElement(text),
    };

    static bool? YesNo(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "có" or "co" => true,
        "false" or "no" or "không" or "khong" => false,
        _ => null,
    };
}
