using System.Text.Json;
using Procedures.Elsa;
using Procedures.Workflows;

namespace Procedures.Compiler.Tests.Elsa;

/// <summary>An exported workflow read back from its JSON, as Elsa reads it: activities by id and connections in file order.</summary>
sealed class ExportedWorkflow
{
    public ExportedWorkflow(string json)
    {
        Json = json;
        Root = JsonDocument.Parse(json).RootElement;
        var flowchart = Root.GetProperty("root");
        Activities = flowchart.GetProperty("activities").EnumerateArray().ToList();
        ById = Activities.GroupBy(a => Id(a)).ToDictionary(g => g.Key, g => g.First());
        Connections = flowchart.GetProperty("connections").EnumerateArray()
            .Select(c => new Link(c.GetProperty("source").GetProperty("activity").GetString()!, c.GetProperty("source").GetProperty("port").GetString()!,
                c.GetProperty("target").GetProperty("activity").GetString()!, c.GetProperty("target").GetProperty("port").GetString()!))
            .ToList();
        Start = Id(Activities.First(a => Type(a) == "Elsa.Start"));
    }

    public static ExportedWorkflow Of(WorkflowDefinition definition) => new(ElsaExporter.Export(definition));

    public sealed record Link(string Source, string Port, string Target, string TargetPort);

    public string Json { get; }
    public JsonElement Root { get; }
    public IReadOnlyList<JsonElement> Activities { get; }
    public IReadOnlyDictionary<string, JsonElement> ById { get; }
    public IReadOnlyList<Link> Connections { get; }
    public string Start { get; }

    public JsonElement this[string id] => ById[id];

    public IEnumerable<Link> From(string id) => Connections.Where(c => c.Source == id);

    public static string Id(JsonElement activity) => activity.GetProperty("id").GetString()!;

    public static string Type(JsonElement activity) => activity.GetProperty("type").GetString()!;

    /// <summary>The step an activity belongs to (customProperties.procedures.stepId).</summary>
    public static string StepId(JsonElement activity) =>
        activity.GetProperty("customProperties").GetProperty("procedures").GetProperty("stepId").GetString()!;

    /// <summary>The connections Elsa follows forward from the start, and the others (loop-backs).</summary>
    public (IReadOnlyList<Link> Forward, IReadOnlyList<Link> Backward) Split()
    {
        var pairs = Connections.Select(c => (c.Source, c.Target)).ToList();
        var forward = ElsaContract.ForwardConnections(Start, pairs);
        return ([.. Connections.Where((_, i) => forward.Contains(i))], [.. Connections.Where((_, i) => !forward.Contains(i))]);
    }

    /// <summary>An activity without its designer metadata, indented, for exact comparisons that do not depend on the layout.</summary>
    public string Text(string id)
    {
        var copy = System.Text.Json.Nodes.JsonNode.Parse(this[id].GetRawText())!.AsObject();
        copy.Remove("metadata");
        return copy.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            NewLine = "\n",
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }
}
