using Procedures.Workflows.Activities;

namespace Procedures.Workflows.Rendering;

/// <summary>A node's place in a left-to-right layered layout.</summary>
public sealed record LayoutNode(Activity Activity, int Column, int Row);

/// <summary>The <see cref="LayeredLayout"/> of a flowchart's activities, from its start along its connections.</summary>
public static class FlowchartLayout
{
    public static IReadOnlyList<LayoutNode> Compute(Flowchart flowchart)
    {
        var byId = ById(flowchart);
        return LayeredLayout.Compute(Ids(flowchart), flowchart.Start?.Id, Edges(flowchart))
            .Select(p => new LayoutNode(byId[p.Id], p.Column, p.Row))
            .ToList();
    }

    /// <summary>Activities in breadth-first order from Start (connections in definition order), then the unreachable ones.</summary>
    public static IReadOnlyList<Activity> WalkOrder(Flowchart flowchart)
    {
        var byId = ById(flowchart);
        return LayeredLayout.WalkOrder(Ids(flowchart), flowchart.Start?.Id, Edges(flowchart)).Select(id => byId[id]).ToList();
    }

    private static List<string> Ids(Flowchart flowchart) => flowchart.Activities.Select(a => a.Id).ToList();

    private static List<(string From, string To)> Edges(Flowchart flowchart) =>
        flowchart.Connections.Select(c => (c.Source.Activity, c.Target.Activity)).ToList();

    /// <summary>The first activity of each id, as <see cref="Flowchart.Find"/> would return it.</summary>
    private static Dictionary<string, Activity> ById(Flowchart flowchart) =>
        flowchart.Activities.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
}
