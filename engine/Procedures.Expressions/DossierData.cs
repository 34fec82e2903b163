using System.Globalization;
using System.Text.Json;

namespace Procedures.Expressions;

/// <summary>
/// A dossier's data as the generated condition code reads it, field by field, on first use. A required field that is
/// absent, or a value of the wrong kind, throws <see cref="MissingValueException"/>: the condition cannot be decided.
/// </summary>
public sealed class DossierData(IReadOnlyDictionary<string, JsonElement> values)
{
    public string? Text(string name, bool required) => Read(name, required, "text", e => e.ValueKind == JsonValueKind.String ? e.GetString() : null);

    public long? WholeNumber(string name, bool required) =>
        Read<long>(name, required, "whole number", e => e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var v) ? v : null);

    public decimal? Decimal(string name, bool required) =>
        Read<decimal>(name, required, "number", e => e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out var v) ? v : null);

    public bool? YesNo(string name, bool required) => Read<bool>(name, required, "yes/no", e => e.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    });

    public DateOnly? Date(string name, bool required) => Read<DateOnly>(name, required, "date", e =>
        e.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(e.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null);

    public ValueList? List(string name, bool required) => Read(name, required, "list", e =>
        e.ValueKind == JsonValueKind.Array && e.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String)
            ? new ValueList([.. e.EnumerateArray().Select(i => i.GetString()!)])
            : null);

    T? Read<T>(string name, bool required, string expected, Func<JsonElement, T?> convert) where T : class
    {
        if (!values.TryGetValue(name, out var element) || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            return required ? throw new MissingValueException(name, expected) : null;
        return convert(element) ?? throw new MissingValueException(name, expected);
    }

    T? Read<T>(string name, bool required, string expected, Func<JsonElement, T?> convert) where T : struct
    {
        if (!values.TryGetValue(name, out var element) || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            return required ? throw new MissingValueException(name, expected) : null;
        return convert(element) ?? throw new MissingValueException(name, expected);
    }
}
