using System.Text.Json.Nodes;
using Procedures.Workflows.Facts;

namespace Procedures.Elsa.Builtins;

/// <summary>
/// The dossier's data fields as workflow inputs, filled from the input of the request that starts an instance and
/// read by conditions as <c>Input.&lt;name&gt;</c>. Saved with the instance (without the storage driver an input reads
/// null after the first bookmark). An optional field is nullable in Elsa too (<c>Int64?</c>), so a condition means
/// the same in both engines.
/// </summary>
internal static class WorkflowInputs
{
    public const string Category = "Dữ liệu hồ sơ";

    public static JsonArray For(IEnumerable<DataField> fields) => new([.. fields.Select(f => (JsonNode)new JsonObject
    {
        ["uiHint"] = f.Type switch
        {
            DataType.YesNo => "checkbox",
            DataType.ListOf => "multitext",
            _ => "singleline",
        },
        ["storageDriverType"] = ElsaVariable.InstanceStorage,
        ["type"] = TypeName(f),
        ["name"] = f.Name,
        ["displayName"] = f.Label,
        ["description"] = Description(f),
        ["category"] = Category,
    })]);

    /// <summary>
    /// Elsa's name for the field's C# type: an alias (CONTRACT §3; value types also as <c>Alias?</c>) or, for a date,
    /// the assembly-qualified name, since Elsa has no alias for <c>DateOnly</c>.
    /// </summary>
    public static string TypeName(DataField field) => (field.Type, field.Required) switch
    {
        (DataType.Text or DataType.OneOf, _) => "String",
        (DataType.WholeNumber, true) => "Int64",
        (DataType.WholeNumber, false) => "Int64?",
        (DataType.Decimal or DataType.Money, true) => "Decimal",
        (DataType.Decimal or DataType.Money, false) => "Decimal?",
        (DataType.YesNo, true) => "Boolean",
        (DataType.YesNo, false) => "Boolean?",
        (DataType.Date, true) => "System.DateOnly, System.Private.CoreLib",
        (DataType.Date, false) => "System.Nullable`1[[System.DateOnly, System.Private.CoreLib]], System.Private.CoreLib",
        _ => "List<String>",
    };

    static string Description(DataField field)
    {
        var values = field.Values.Length > 0 ? $"Giá trị: {string.Join("; ", field.Values)}" : null;
        return string.Join(" ", new[] { field.Help, values }.Where(s => !string.IsNullOrEmpty(s)));
    }
}
