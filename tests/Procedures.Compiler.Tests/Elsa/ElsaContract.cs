using System.Text.Json;

namespace Procedures.Compiler.Tests.Elsa;

/// <summary>
/// shared/reference/elsa/CONTRACT.md as data, written here independently of the exporter so that the tests check the
/// export against the contract and not against itself: the built-ins of §7 with their inputs and outcome ports, the
/// expression types of §3, and Elsa's own graph rules of §5, ported from elsa-core 3.7.1
/// (<c>Activities/Flowchart/Models/FlowGraph.cs</c>).
/// </summary>
static class ElsaContract
{
    /// <summary>One input of a built-in: its JSON key and the <c>typeName</c> Elsa writes for it (null: raw JSON, not wrapped).</summary>
    public sealed record Input(string Key, string? TypeName);

    /// <summary>A built-in activity: its inputs, its outputs and the outcomes it reports (which may depend on its inputs).</summary>
    public sealed record BuiltIn(string Type, Input[] Inputs, string[] Outputs, Func<JsonElement, IReadOnlyList<string>> Outcomes);

    static readonly string[] Done = ["Done"];

    /// <summary>CONTRACT.md §7: the activities a stock 3.7.1 server registers (all version 1).</summary>
    public static IReadOnlyDictionary<string, BuiltIn> BuiltIns { get; } = new BuiltIn[]
    {
        new("Elsa.Start", [], [], _ => Done),
        new("Elsa.End", [], [], _ => []),
        new("Elsa.Finish", [], [], _ => []),
        new("Elsa.WriteLine", [new("text", "String")], [], _ => Done),
        new("Elsa.SetVariable", [new("variable", null), new("value", "Object")], [], _ => Done),
        new("Elsa.FlowDecision", [new("condition", "Boolean")], [], _ => ["True", "False"]),
        new("Elsa.FlowSwitch", [new("cases", null), new("mode", "Elsa.Workflows.SwitchMode, Elsa.Workflows.Core")], [],
            a => [.. a.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("label").GetString()!), "Default"]),
        new("Elsa.FlowFork", [new("branches", "List<String>")], [],
            a => JsonSerializer.Deserialize<string[]>(a.GetProperty("branches").GetProperty("expression").GetProperty("value").GetString()!) is { Length: > 0 } b ? b : Done),
        new("Elsa.FlowJoin", [new("mode", "Elsa.Workflows.Activities.Flowchart.Models.FlowJoinMode, Elsa.Workflows.Core")], [], _ => Done),
        new("Elsa.Event", [new("eventName", "String")], ["result"], _ => Done),
        new("Elsa.RunTask", [new("taskName", "String"), new("payload", "ObjectDictionary")], ["taskId", "result"], _ => Done),
        new("Elsa.Delay", [new("timeSpan", "TimeSpan")], [], _ => Done),
        new("Elsa.Timer", [new("interval", "TimeSpan")], [], _ => Done),
        new("Elsa.StartAt", [new("dateTime", "DateTimeOffset")], [], _ => Done),
        new("Elsa.Cron", [new("cronExpression", "String")], [], _ => Done),
        new("Elsa.PublishEvent", [new("eventName", "String"), new("correlationId", "String"), new("isLocalEvent", "Boolean"), new("payload", "Object")], [], _ => Done),
    }.ToDictionary(b => b.Type);

    /// <summary>The keys every activity has, in the order Elsa's exporter writes them after the inputs (§2).</summary>
    public static readonly string[] ActivityKeys = ["id", "nodeId", "name", "type", "version", "customProperties", "metadata"];

    /// <summary>The expression types an export may use (§3).</summary>
    public static readonly string[] ExpressionTypes = ["Literal", "Object", "Variable", "CSharp", "JavaScript"];

    /// <summary>The scheduling built-ins: a Delay or StartAt beyond 24.8 days fails on a stock server, and calendar time is not working days (§8).</summary>
    public static readonly string[] Timers = ["Elsa.Delay", "Elsa.Timer", "Elsa.StartAt", "Elsa.Cron"];

    public const string InstanceStorage = "Elsa.Workflows.WorkflowInstanceStorageDriver, Elsa.Workflows.Core";

    /// <summary>
    /// The connections Elsa follows forward from <paramref name="root"/> (by index): breadth-first, skipping a
    /// connection whose target already reaches its source along the forward ones (FlowGraph.GetForwardConnections).
    /// </summary>
    public static HashSet<int> ForwardConnections(string root, IReadOnlyList<(string Source, string Target)> connections)
    {
        var adjacency = connections.GroupBy(c => c.Source).ToDictionary(g => g.Key, g => g.Select(c => c.Target).ToList());
        var visited = new HashSet<string>();
        var visitedEdges = new HashSet<(string, string)>();
        var valid = new List<(string Source, string Target)>();
        var queue = new Queue<string>();
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            var source = queue.Dequeue();
            visited.Add(source);
            if (!adjacency.TryGetValue(source, out var targets)) continue;
            foreach (var target in targets)
            {
                if (visitedEdges.Contains((source, target)) || HasPath(valid, target, source)) continue;
                visitedEdges.Add((source, target));
                valid.Add((source, target));
                if (!visited.Contains(target)) queue.Enqueue(target);
            }
        }
        return [.. connections.Select((c, i) => (c, i)).Where(p => valid.Contains(p.c)).Select(p => p.i)];
    }

    static bool HasPath(List<(string Source, string Target)> edges, string from, string to)
    {
        var visited = new HashSet<string>();
        var stack = new Stack<string>([from]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current == to) return true;
            if (!visited.Add(current)) continue;
            foreach (var (source, target) in edges)
            {
                if (source == current && !visited.Contains(target)) stack.Push(target);
            }
        }
        return false;
    }

    /// <summary>A backward connection Elsa accepts: every forward path from the root to its source passes through its target (FlowGraph.IsValidBackwardConnection).</summary>
    public static bool IsValidBackward(string root, IReadOnlyList<(string Source, string Target)> forward, (string Source, string Target) connection)
    {
        var queue = new Queue<List<string>>([[connection.Source]]);
        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            var last = path[^1];
            if (last == root)
            {
                if (!path.Contains(connection.Target)) return false;
                continue;
            }
            foreach (var (source, _) in forward.Where(c => c.Target == last))
            {
                if (!path.Contains(source)) queue.Enqueue([.. path, source]);
            }
        }
        return true;
    }

    /// <summary>
    /// The C# type Elsa gives an input or a variable of this type name (§3, §4): an alias of Elsa's
    /// ExpressionOptions (a value type also as <c>Alias?</c>), <c>List&lt;Alias&gt;</c>, or an assembly-qualified name.
    /// </summary>
    public static Type? TypeOf(string name)
    {
        if (name.StartsWith("List<", StringComparison.Ordinal) && name.EndsWith('>'))
            return TypeOf(name[5..^1]) is { } element ? typeof(List<>).MakeGenericType(element) : null;
        if (Aliases.TryGetValue(name, out var aliased)) return aliased;
        if (name.EndsWith('?') && Aliases.TryGetValue(name[..^1], out var underlying) && underlying.IsValueType)
            return typeof(Nullable<>).MakeGenericType(underlying);
        return Type.GetType(name);
    }

    static readonly Dictionary<string, Type> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Int16"] = typeof(short),
        ["Int32"] = typeof(int),
        ["Int64"] = typeof(long),
        ["Long"] = typeof(long),
        ["Single"] = typeof(float),
        ["Object"] = typeof(object),
        ["String"] = typeof(string),
        ["Boolean"] = typeof(bool),
        ["Decimal"] = typeof(decimal),
        ["Double"] = typeof(double),
        ["ByteArray"] = typeof(byte[]),
        ["Guid"] = typeof(Guid),
        ["DateTime"] = typeof(DateTime),
        ["DateTimeOffset"] = typeof(DateTimeOffset),
        ["TimeSpan"] = typeof(TimeSpan),
        ["Stream"] = typeof(Stream),
        ["JSON"] = typeof(System.Dynamic.ExpandoObject),
        ["JsonElement"] = typeof(JsonElement),
        ["StringDictionary"] = typeof(IDictionary<string, string>),
        ["ObjectDictionary"] = typeof(IDictionary<string, object>),
        ["StringMap"] = typeof(Dictionary<string, string>),
        ["ObjectMap"] = typeof(Dictionary<string, object>),
    };

    /// <summary>How Elsa's generated C# names a type (TypeExtensions.GetFriendlyTypeName): namespace-qualified, generics in angle brackets.</summary>
    public static string FriendlyName(Type type) => type switch
    {
        { IsArray: true } => FriendlyName(type.GetElementType()!) + "[]",
        { IsGenericType: true } => $"{type.Namespace}.{type.Name[..type.Name.IndexOf('`')]}<{string.Join(", ", type.GetGenericArguments().Select(FriendlyName))}>",
        _ => type.FullName!,
    };

    /// <summary>Elsa makes an input or variable property only for a name of letters and digits (VariableNameExtensions.IsValidVariableName).</summary>
    public static bool HasProperty(string name) => name.Length > 0 && name.All(char.IsLetterOrDigit);
}
