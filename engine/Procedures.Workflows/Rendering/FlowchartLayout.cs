using Procedures.Workflows.Activities;

namespace Procedures.Workflows.Rendering;

/// <summary>A node's place in a left-to-right layered layout.</summary>
public sealed record LayoutNode(Activity Activity, int Column, int Row);

/// <summary>
/// Layered layout, left to right: the column is the longest path from Start (back edges such as "completed → back to
/// receipt" are ignored so loops do not stretch the diagram), rows follow the order in which a breadth-first walk
/// from Start meets the activities. Unreachable activities go in one extra column. Deterministic.
/// </summary>
public static class FlowchartLayout
{
    public static IReadOnlyList<LayoutNode> Compute(Flowchart flowchart)
    {
        var order = WalkOrder(flowchart);
        var rank = order.Select((a, i) => (a.Id, i)).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var edges = Edges(flowchart, rank);
        var start = flowchart.Start;
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        if (start is not null)
        {
            var forward = ForwardEdges(start.Id, edges);
            depth = LongestPaths(start.Id, forward);
        }

        var extraColumn = depth.Count == 0 ? 0 : depth.Values.Max() + 1;
        var placed = new List<(Activity Activity, int Column, int Rank)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var activity in order)
        {
            if (!seen.Add(activity.Id)) continue;
            placed.Add((activity, depth.TryGetValue(activity.Id, out var d) ? d : extraColumn, rank[activity.Id]));
        }

        return placed
            .GroupBy(p => p.Column)
            .OrderBy(g => g.Key)
            .SelectMany(g => g.OrderBy(p => p.Rank).Select((p, row) => new LayoutNode(p.Activity, p.Column, row)))
            .ToList();
    }

    /// <summary>Activities in breadth-first order from Start (connections in definition order), then the unreachable ones.</summary>
    public static IReadOnlyList<Activity> WalkOrder(Flowchart flowchart)
    {
        var result = new List<Activity>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<Activity>();
        if (flowchart.Start is { } start)
        {
            queue.Enqueue(start);
            visited.Add(start.Id);
        }
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            result.Add(current);
            foreach (var connection in flowchart.Connections.Where(c => c.Source.Activity == current.Id))
            {
                if (flowchart.Find(connection.Target.Activity) is { } next && visited.Add(next.Id)) queue.Enqueue(next);
            }
        }
        result.AddRange(flowchart.Activities.Where(a => visited.Add(a.Id)));
        return result;
    }

    private static Dictionary<string, List<string>> Edges(Flowchart flowchart, Dictionary<string, int> known)
    {
        var edges = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var c in flowchart.Connections)
        {
            if (!known.ContainsKey(c.Source.Activity) || !known.ContainsKey(c.Target.Activity)) continue;
            if (!edges.TryGetValue(c.Source.Activity, out var list)) edges[c.Source.Activity] = list = [];
            if (!list.Contains(c.Target.Activity)) list.Add(c.Target.Activity);
        }
        return edges;
    }

    /// <summary>Depth-first from Start (iterative), keeping only edges that do not close a cycle.</summary>
    private static Dictionary<string, List<string>> ForwardEdges(string startId, Dictionary<string, List<string>> edges)
    {
        var forward = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(string Node, int Next)>();
        stack.Push((startId, 0));
        onStack.Add(startId);
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            var targets = edges.GetValueOrDefault(node) ?? [];
            if (next < targets.Count)
            {
                stack.Push((node, next + 1));
                var target = targets[next];
                if (onStack.Contains(target)) continue;
                if (!forward.TryGetValue(node, out var list)) forward[node] = list = [];
                list.Add(target);
                if (done.Contains(target)) continue;
                onStack.Add(target);
                stack.Push((target, 0));
            }
            else
            {
                onStack.Remove(node);
                done.Add(node);
            }
        }
        return forward;
    }

    private static Dictionary<string, int> LongestPaths(string startId, Dictionary<string, List<string>> forward)
    {
        var indegree = new Dictionary<string, int>(StringComparer.Ordinal) { [startId] = 0 };
        foreach (var (from, targets) in forward)
        {
            indegree.TryAdd(from, 0);
            foreach (var t in targets) indegree[t] = indegree.GetValueOrDefault(t) + 1;
        }
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [startId] = 0 };
        var ready = new Queue<string>();
        ready.Enqueue(startId);
        while (ready.Count > 0)
        {
            var node = ready.Dequeue();
            foreach (var t in forward.GetValueOrDefault(node) ?? [])
            {
                depth[t] = Math.Max(depth.GetValueOrDefault(t), depth[node] + 1);
                if (--indegree[t] == 0) ready.Enqueue(t);
            }
        }
        return depth;
    }
}
