namespace Procedures.Workflows.Rendering;

/// <summary>A node's place in a left-to-right layered layout: its column (depth) and its row within the column.</summary>
public sealed record LayeredPlace(string Id, int Column, int Row);

/// <summary>
/// Layered layout of a directed graph, left to right: the column is the longest path from the start (edges that close
/// a cycle, such as "completed → back to receipt", are ignored so loops do not stretch the diagram), rows follow the
/// order in which a breadth-first walk from the start meets the nodes. Unreachable nodes go in one extra column.
/// Deterministic: nodes and edges are taken in the order given.
/// </summary>
public static class LayeredLayout
{
    public static IReadOnlyList<LayeredPlace> Compute(IReadOnlyList<string> nodes, string? start, IReadOnlyList<(string From, string To)> edges)
    {
        var order = WalkOrder(nodes, start, edges);
        var rank = order.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var adjacency = Adjacency(edges, rank);
        var depth = start is not null && rank.ContainsKey(start)
            ? LongestPaths(start, ForwardEdges(start, adjacency))
            : new Dictionary<string, int>(StringComparer.Ordinal);

        var extraColumn = depth.Count == 0 ? 0 : depth.Values.Max() + 1;
        return order
            .Select(id => (Id: id, Column: depth.TryGetValue(id, out var d) ? d : extraColumn, Rank: rank[id]))
            .GroupBy(p => p.Column)
            .OrderBy(g => g.Key)
            .SelectMany(g => g.OrderBy(p => p.Rank).Select((p, row) => new LayeredPlace(p.Id, p.Column, row)))
            .ToList();
    }

    /// <summary>Nodes in breadth-first order from the start (edges in the order given), then the unreachable ones; each once.</summary>
    public static IReadOnlyList<string> WalkOrder(IReadOnlyList<string> nodes, string? start, IReadOnlyList<(string From, string To)> edges)
    {
        var known = nodes.ToHashSet(StringComparer.Ordinal);
        var result = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        if (start is not null && known.Contains(start))
        {
            queue.Enqueue(start);
            visited.Add(start);
        }
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            result.Add(current);
            foreach (var (from, to) in edges)
            {
                if (from == current && known.Contains(to) && visited.Add(to)) queue.Enqueue(to);
            }
        }
        result.AddRange(nodes.Where(visited.Add));
        return result;
    }

    private static Dictionary<string, List<string>> Adjacency(IReadOnlyList<(string From, string To)> edges, Dictionary<string, int> known)
    {
        var adjacency = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (from, to) in edges)
        {
            if (!known.ContainsKey(from) || !known.ContainsKey(to)) continue;
            if (!adjacency.TryGetValue(from, out var list)) adjacency[from] = list = [];
            if (!list.Contains(to)) list.Add(to);
        }
        return adjacency;
    }

    /// <summary>Depth-first from the start (iterative), keeping only edges that do not close a cycle.</summary>
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
