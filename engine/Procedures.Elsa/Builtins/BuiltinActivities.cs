using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;

namespace Procedures.Elsa.Builtins;

/// <summary>
/// The stock Elsa 3.7.1 activities an export uses, each with its inputs exactly as Elsa's own exporter writes them
/// (shared/reference/elsa/builtins-*.json; CONTRACT.md §3 and §7): every wrapped input has a <c>typeName</c> and an
/// expression of type <c>Literal</c> or <c>CSharp</c>; <c>Elsa.FlowSwitch.cases</c> and
/// <c>Elsa.SetVariable.variable</c> are raw JSON. The one place that knows Elsa's JSON for an activity type.
/// </summary>
internal static class BuiltinActivities
{
    public const string Start = "Elsa.Start";
    public const string End = "Elsa.End";
    public const string Event = "Elsa.Event";
    public const string FlowSwitch = "Elsa.FlowSwitch";
    public const string FlowDecision = "Elsa.FlowDecision";
    public const string FlowFork = "Elsa.FlowFork";
    public const string FlowJoin = "Elsa.FlowJoin";
    public const string SetVariable = "Elsa.SetVariable";
    public const string PublishEvent = "Elsa.PublishEvent";

    /// <summary>The outcome of every activity here that has a single one.</summary>
    public const string Done = "Done";

    /// <summary>The outcome of a FlowSwitch when no case matches.</summary>
    public const string Default = "Default";

    public static ElsaActivity StartOf(string id, StepFacts facts, string text) => new(id, Start, [], facts, text);

    public static ElsaActivity EndOf(string id, StepFacts facts, string text) => new(id, End, [], facts, text);

    /// <summary>Waits for the named event; with <paramref name="keepPayload"/> its payload goes to <see cref="ElsaVariable.Decision"/>.</summary>
    public static ElsaActivity EventOf(string id, string eventName, bool keepPayload, StepFacts facts, string text) => new(id, Event, new JsonObject
    {
        ["eventName"] = Wrapped("String", "Literal", eventName),
        ["result"] = keepPayload
            ? new JsonObject { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = ElsaVariable.Decision.Id } }
            : null,
    }, facts, text);

    /// <summary>One case per label, each true when the decision's payload says <c>{"outcome": "&lt;label&gt;"}</c> (CONTRACT §9).</summary>
    public static ElsaActivity SwitchOf(string id, IEnumerable<string> labels, StepFacts facts, string text) => new(id, FlowSwitch, new JsonObject
    {
        ["cases"] = new JsonArray([.. labels.Select(label => (JsonNode)new JsonObject
        {
            ["label"] = label,
            ["condition"] = new JsonObject { ["type"] = "CSharp", ["value"] = OutcomeIs(label) },
        })]),
        ["mode"] = Wrapped("Elsa.Workflows.SwitchMode, Elsa.Workflows.Core", "Literal", "MatchFirst"),
    }, facts, text);

    /// <summary>The C# that tests the decision's payload: <c>Variable.Decision["outcome"]?.ToString() == "label"</c>.</summary>
    public static string OutcomeIs(string label) =>
        $"Variable.{ElsaVariable.Decision.Name}[\"outcome\"]?.ToString() == {SymbolDisplay.FormatLiteral(label, quote: true)}";

    /// <summary>Reports <c>True</c> or <c>False</c> by a C# condition.</summary>
    public static ElsaActivity DecisionOf(string id, string condition, StepFacts facts, string text) => new(id, FlowDecision, new JsonObject
    {
        ["condition"] = Wrapped("Boolean", "CSharp", condition),
    }, facts, text);

    /// <summary>Reports every branch name at once.</summary>
    public static ElsaActivity ForkOf(string id, IReadOnlyList<string> branches, StepFacts facts, string text) => new(id, FlowFork, new JsonObject
    {
        ["branches"] = Wrapped("List<String>", "Literal", JsonSerializer.Serialize(branches)),
    }, facts, text);

    /// <summary>Continues when every branch that forked has arrived (CONTRACT §5: parallel branches join in WaitAll).</summary>
    public static ElsaActivity JoinOf(string id, StepFacts facts, string text) => new(id, FlowJoin, new JsonObject
    {
        ["mode"] = Wrapped("Elsa.Workflows.Activities.Flowchart.Models.FlowJoinMode, Elsa.Workflows.Core", "Literal", "WaitAll"),
    }, facts, text);

    /// <summary>
    /// Publishes the named event for the instance's correlation id (the dossier number) with <paramref name="payload"/>
    /// and goes on at once: whoever listens for it (a workflow of the recipient, a host) gets the notice.
    /// </summary>
    public static ElsaActivity PublishEventOf(string id, string eventName, JsonObject payload, StepFacts facts, string text) => new(id, PublishEvent, new JsonObject
    {
        ["eventName"] = Wrapped("String", "Literal", eventName),
        ["correlationId"] = Wrapped("String", "CSharp", "CorrelationId"),
        ["isLocalEvent"] = new JsonObject { ["typeName"] = "Boolean", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = false } },
        ["payload"] = Wrapped("Object", "Object", payload.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })),
    }, facts, text);

    /// <summary>Sets <paramref name="variable"/> to the value of an expression (<c>Literal</c> or <c>CSharp</c>).</summary>
    public static ElsaActivity SetVariableOf(string id, ElsaVariable variable, string expressionType, string value, StepFacts facts, string text) =>
        new(id, SetVariable, new JsonObject
        {
            ["variable"] = variable.Reference(),
            ["value"] = Wrapped("Object", expressionType, value),
        }, facts, text);

    static JsonObject Wrapped(string typeName, string expressionType, string value) => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = expressionType, ["value"] = value },
    };
}
