using System.Text.Json;
using System.Text.RegularExpressions;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime.Conditions;

/// <summary>
/// The data fields a condition reads and the values they had, for the processing control record: an automatic
/// decision must show what it was decided on.
/// </summary>
public static class ConditionInputs
{
    public static string Describe(string condition, IReadOnlyList<DataField> fields, IReadOnlyDictionary<string, JsonElement> data)
    {
        var read = fields.Where(f => Regex.IsMatch(condition, $@"(?<![\p{{L}}\p{{Mn}}\p{{Nd}}_]){Regex.Escape(f.Name)}(?![\p{{L}}\p{{Mn}}\p{{Nd}}_])"))
            .Select(f => $"{f.Name} = {(data.TryGetValue(f.Name, out var value) ? value.GetRawText() : "(không có)")}");
        var inputs = string.Join("; ", read);
        return inputs.Length == 0 ? condition : $"{condition} · {inputs}";
    }
}
