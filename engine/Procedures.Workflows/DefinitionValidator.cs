using Procedures.Workflows.Activities;

namespace Procedures.Workflows;

/// <summary>
/// Structural checks the runtime relies on: one start, unique ids, connections between known activities and
/// ports. The compiler should run it and report the problems as diagnostics; the runtime refuses to start a
/// dossier on a definition that fails it.
/// </summary>
public static class DefinitionValidator
{
    public static IReadOnlyList<string> Validate(WorkflowDefinition definition)
    {
        var problems = new List<string>();
        var activities = definition.Root.Activities;
        var starts = activities.Count(a => a.Kind == ActivityKind.Start);
        if (starts != 1) problems.Add($"the flowchart has {starts} start activities; exactly one is required");

        foreach (var duplicate in activities.GroupBy(a => a.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            problems.Add($"activity id \"{duplicate.Key}\" is used {duplicate.Count()} times");

        var byId = activities.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var connection in definition.Root.Connections)
        {
            if (!byId.TryGetValue(connection.Source.Activity, out var source))
                problems.Add($"a connection leaves unknown activity \"{connection.Source.Activity}\"");
            else if (!source.OutputPorts.Contains(connection.Source.Port))
                problems.Add($"activity \"{source.Id}\" has no port \"{connection.Source.Port}\" (ports: {string.Join(", ", source.OutputPorts)})");
            if (!byId.ContainsKey(connection.Target.Activity))
                problems.Add($"a connection enters unknown activity \"{connection.Target.Activity}\"");
            else if (connection.Target.Port != Ports.In)
                problems.Add($"a connection enters \"{connection.Target.Activity}\" on port \"{connection.Target.Port}\"; only \"In\" exists");
        }

        foreach (var activity in activities)
        {
            switch (activity)
            {
                case ConsultationActivity { Agencies.Count: 0 }:
                    problems.Add($"consultation \"{activity.Id}\" names no agency");
                    break;
                case ConsultationActivity c when c.Agencies.GroupBy(a => a.Agency).Any(g => g.Count() > 1):
                    problems.Add($"consultation \"{activity.Id}\" names an agency twice");
                    break;
                case RoutingSlipActivity { Stops.Count: 0 }:
                    problems.Add($"routing slip \"{activity.Id}\" has no stop");
                    break;
            }
        }
        return problems;
    }
}
