using System.Text.Json.Nodes;

namespace Procedures.Elsa.Builtins;

/// <summary>
/// A workflow variable: PascalCase, as Elsa's C# looks it up (<c>Variable.Decision</c>), and saved with the instance
/// (without the storage driver a variable is back to its declared value after every bookmark).
/// </summary>
internal sealed record ElsaVariable(string Id, string Name, string TypeName)
{
    public const string InstanceStorage = "Elsa.Workflows.WorkflowInstanceStorageDriver, Elsa.Workflows.Core";

    /// <summary>The payload of the last decision event, <c>{"outcome": "&lt;label&gt;"}</c> (CONTRACT §9).</summary>
    public static ElsaVariable Decision { get; } = new("var-decision", "Decision", "ObjectDictionary");

    /// <summary><c>refused</c> once a refusal is made, <c>resolved</c> when the result is returned otherwise.</summary>
    public static ElsaVariable Outcome { get; } = new("var-outcome", "Outcome", "String");

    public static IReadOnlyList<ElsaVariable> All { get; } = [Decision, Outcome];

    /// <summary>The entry of the workflow's <c>variables</c>.</summary>
    public JsonObject Declaration() => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["typeName"] = TypeName,
        ["isArray"] = false,
        ["storageDriverTypeName"] = InstanceStorage,
    };

    /// <summary>The raw reference <c>Elsa.SetVariable</c> takes (resolved by id), as in builtins-combined-appraisal.json.</summary>
    public JsonObject Reference() => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["typeName"] = TypeName,
    };
}
