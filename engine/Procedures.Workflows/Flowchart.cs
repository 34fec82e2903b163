using Procedures.Workflows.Activities;

namespace Procedures.Workflows;

/// <summary>The root of a definition (Elsa's <c>Flowchart</c>): activities and the connections between their ports.</summary>
public sealed record Flowchart(IReadOnlyList<Activity> Activities, IReadOnlyList<Connection> Connections)
{
    public Activity? Find(string activityId) => Activities.FirstOrDefault(a => a.Id == activityId);

    public StartActivity? Start => Activities.OfType<StartActivity>().FirstOrDefault();

    /// <summary>Targets of the connections leaving <paramref name="port"/> of <paramref name="activityId"/>, in definition order.</summary>
    public IEnumerable<string> Targets(string activityId, string port) =>
        Connections.Where(c => c.Source.Activity == activityId && c.Source.Port == port).Select(c => c.Target.Activity);
}
