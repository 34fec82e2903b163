using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Procedures.Workflows.Facts;

namespace Procedures.Expressions;

/// <summary>
/// A dossier's data as the generated condition code reads it: field by field, on first use, as the plain value its
/// declared type gives (a boxed <c>long</c>, <c>decimal</c>, <c>bool</c>, <c>DateOnly</c>, <c>string</c> or
/// <c>string[]</c>). A required field that is absent, or a value of the wrong kind, throws
/// <see cref="MissingValueException"/>: the condition cannot be decided. The generated code sees only
/// <see cref="Read"/> as a <c>Func&lt;string, object?&gt;</c>, so it references nothing but the core library.
/// </summary>
public sealed class DossierData(IReadOnlyList<DataField> fields, IReadOnlyDictionary<string, JsonElement> values)
{
    readonly FrozenDictionary<string, DataField> declared = fields.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    public object? Read(string name)
    {
        if (!declared.TryGetValue(name, out var field))
            throw new MissingValueException(name, "field");
        if (!values.TryGetValue(name, out var element) || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            return field.Required ? throw new MissingValueException(name, Expected(field.Type)) : null;
        return Convert(field.Type, element) ?? throw new MissingValueException(name, Expected(field.Type));
    }

    static object? Convert(DataType type, JsonElement e) => type switch
    {
        DataType.Text or DataType.OneOf => e.ValueKind == JsonValueKind.String ? e.GetString() : null,
        DataType.WholeNumber => e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var whole) ? whole : null,
        DataType.Decimal or DataType.Money => e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out var number) ? number : null,
        DataType.YesNo => e.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null },
        DataType.Date => e.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(e.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
        _ => e.ValueKind == JsonValueKind.Array && e.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String)
            ? e.EnumerateArray().Select(i => i.GetString()!).ToArray() : null,
    };

    static string Expected(DataType type) => type switch
    {
        DataType.Text or DataType.OneOf => "text",
        DataType.WholeNumber => "whole number",
        DataType.Decimal or DataType.Money => "number",
        DataType.YesNo => "yes/no",
        DataType.Date => "date",
        _ => "list",
    };
}
