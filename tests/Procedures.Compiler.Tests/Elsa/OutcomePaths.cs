using Procedures.Workflows;
using Procedures.Workflows.Activities;

namespace Procedures.Compiler.Tests.Elsa;

/// <summary>
/// Every way a dossier can go through a procedure, written as the steps it enters and, where a step has more than one
/// way out, the outcome it takes (<c>tham-dinh/sufficient</c>). Walked on the compiled definition and on its Elsa
/// export, so the two sets can be compared. A path that would enter one step a third time stops there with "…", so
/// that loops (a completion request, a dismissed complaint) are walked twice and the sets stay finite.
/// </summary>
static class OutcomePaths
{
    const int MaxEntries = 2;
    const string Cut = "…";

    /// <summary>The paths of the procedure. A refusal or a return for amendment nobody hands back ends the dossier as the End activity does.</summary>
    public static IReadOnlySet<string> OfProcedure(WorkflowDefinition definition)
    {
        var root = definition.Root;
        var end = root.Activities.First(a => a.Kind == ActivityKind.End).Id;
        var paths = new HashSet<string>();
        Walk(root.Start!.Id, [], []);
        return paths;

        void Walk(string id, List<string> path, Dictionary<string, int> entries)
        {
            if (!Enter(id, path, entries, paths)) return;
            var activity = root.Find(id)!;
            var ways = activity.OutputPorts.Where(p => root.Targets(id, p).Any()).ToList();
            if (ways.Count == 0)
            {
                if (activity.Kind is ActivityKind.Refusal or ActivityKind.ReturnForAmendment) Walk(end, path, entries);
                else paths.Add(string.Join(" ", path));
            }
            foreach (var port in ways)
            {
                foreach (var target in root.Targets(id, port))
                    Walk(target, ways.Count > 1 ? [.. path, $"{id}/{port}"] : path, new(entries));
            }
            path.RemoveAt(path.Count - 1);
            entries[id]--;
        }
    }

    /// <summary>
    /// The paths of the export, stepping through Elsa's activities: an activity whose id is its step's id enters the
    /// step; a switch or decision with several ways out takes one; a fork's branches are walked to the join they all
    /// reach, then the walk goes on from the join. A switch's Default (the event again) is not a way the dossier goes.
    /// </summary>
    public static IReadOnlySet<string> OfExport(ExportedWorkflow export)
    {
        var paths = new HashSet<string>();
        Walk(export.Start, [], []);
        return paths;

        void Walk(string id, List<string> path, Dictionary<string, int> entries)
        {
            var activity = export[id];
            var step = ExportedWorkflow.StepId(activity);
            var enters = step == id;
            if (enters && !Enter(id, path, entries, paths)) return;
            var type = ExportedWorkflow.Type(activity);
            var ways = export.From(id).Where(c => !(type == "Elsa.FlowSwitch" && c.Port == "Default")).ToList();
            if (type == "Elsa.FlowFork")
                ways = [.. export.From(JoinOf(export, id)).Select(c => c with { Source = id })];
            if (ways.Count == 0) paths.Add(string.Join(" ", path));
            var choosing = ways.Select(c => c.Port).Distinct().Count() > 1;
            foreach (var way in ways)
                Walk(way.Target, choosing ? [.. path, $"{step}/{way.Port}"] : [.. path], new(entries));
            if (enters)
            {
                path.RemoveAt(path.Count - 1);
                entries[id]--;
            }
        }
    }

    /// <summary>The FlowJoin every branch of a fork reaches through activities that each have one way out.</summary>
    public static string JoinOf(ExportedWorkflow export, string fork)
    {
        var joins = export.From(fork).Select(branch =>
        {
            var id = branch.Target;
            while (ExportedWorkflow.Type(export[id]) != "Elsa.FlowJoin")
                id = Assert.Single(export.From(id)).Target;
            return id;
        }).Distinct().ToList();
        return Assert.Single(joins);
    }

    static bool Enter(string id, List<string> path, Dictionary<string, int> entries, HashSet<string> paths)
    {
        entries[id] = entries.GetValueOrDefault(id) + 1;
        if (entries[id] > MaxEntries)
        {
            paths.Add(string.Join(" ", path.Append(Cut)));
            entries[id]--;
            return false;
        }
        path.Add(id);
        return true;
    }
}
