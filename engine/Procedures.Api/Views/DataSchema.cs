using System.Text.Json.Nodes;
using Procedures.Workflows.Facts;

namespace Procedures.Api.Views;

/// <summary>
/// A procedure's data fields as a JSON Schema (2020-12) for a portal's online form: each field's type as the engine checks
/// it at submission (whole numbers, amounts of đồng not below 0, dates as YYYY-MM-DD, choices as enums), its label as
/// <c>title</c> and its help as <c>description</c>, the required ones listed, nothing else allowed.
/// </summary>
public static class DataSchema
{
    public static JsonObject For(IReadOnlyList<DataField> fields)
    {
        var properties = new JsonObject();
        foreach (var field in fields)
        {
            var property = Type(field);
            property["title"] = field.Label;
            if (!string.IsNullOrWhiteSpace(field.Help)) property["description"] = field.Help;
            properties[field.Name] = property;
        }
        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. fields.Where(f => f.Required).Select(f => (JsonNode)JsonValue.Create(f.Name))]),
            ["additionalProperties"] = false,
        };
    }

    static JsonObject Type(DataField field) => field.Type switch
    {
        DataType.Text => new() { ["type"] = "string" },
        DataType.WholeNumber => new() { ["type"] = "integer" },
        DataType.Decimal => new() { ["type"] = "number" },
        DataType.Money => new() { ["type"] = "integer", ["minimum"] = 0 },
        DataType.YesNo => new() { ["type"] = "boolean" },
        DataType.Date => new() { ["type"] = "string", ["format"] = "date" },
        DataType.OneOf => new() { ["type"] = "string", ["enum"] = Values(field) },
        _ => new()
        {
            ["type"] = "array",
            ["items"] = new JsonObject { ["type"] = "string", ["enum"] = Values(field) },
            ["uniqueItems"] = true,
        },
    };

    static JsonArray Values(DataField field) => new([.. field.Values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
