using System.Globalization;
using System.Text.Json;
using Procedures.Runtime.Messages;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime.Data;

/// <summary>
/// Checks the data given with a submission against the procedure's declaration: every required field present, no
/// undeclared field, each value of its type and, for choices, among the listed values. All problems at once.
/// </summary>
public static class DataValidator
{
    public static Refusal? Validate(string procedure, IReadOnlyList<DataField> fields, IReadOnlyDictionary<string, JsonElement> data)
    {
        var problems = new List<Refusal>();
        var declared = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        foreach (var name in data.Keys.Where(k => !declared.ContainsKey(k)).Order(StringComparer.Ordinal))
            problems.Add(RefusalCatalogue.FieldUnknown.With(name));
        foreach (var field in fields)
        {
            if (!data.TryGetValue(field.Name, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                if (field.Required)
                    problems.Add(RefusalCatalogue.FieldMissing.With(field.Name, field.Label));
                continue;
            }
            if (Problem(field, value) is { } problem)
                problems.Add(problem);
        }
        return problems.Count == 0 ? null : RefusalCatalogue.InvalidData.With(procedure) with { Details = [.. problems] };
    }

    static Refusal? Problem(DataField field, JsonElement value) => field.Type switch
    {
        DataType.Text => value.ValueKind == JsonValueKind.String ? null : RefusalCatalogue.FieldNotText.With(field.Name),
        DataType.WholeNumber => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _) ? null : RefusalCatalogue.FieldNotWholeNumber.With(field.Name),
        DataType.Decimal => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out _) ? null : RefusalCatalogue.FieldNotNumber.With(field.Name),
        DataType.Money => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var amount) && amount >= 0 && amount == decimal.Truncate(amount)
            ? null : RefusalCatalogue.FieldNotMoney.With(field.Name),
        DataType.YesNo => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : RefusalCatalogue.FieldNotYesNo.With(field.Name),
        DataType.Date => value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null : RefusalCatalogue.FieldNotDate.With(field.Name),
        DataType.OneOf => value.ValueKind == JsonValueKind.String && field.Values.Contains(value.GetString()!, StringComparer.Ordinal)
            ? null : RefusalCatalogue.FieldNotChoice.With(field.Name, Choices(field)),
        _ => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String && field.Values.Contains(v.GetString()!, StringComparer.Ordinal))
            ? null : RefusalCatalogue.FieldNotList.With(field.Name, Choices(field)),
    };

    static string Choices(DataField field) => string.Join(", ", field.Values.Select(v => $"\"{v}\""));
}
