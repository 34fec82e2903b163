using System.Collections.Immutable;
using Procedures.Runtime.State;
using Procedures.Workflows;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Versioning;

namespace Procedures.Runtime.Versioning;

/// <summary>
/// Moves a running dossier to a newer version of its procedure by the stable activity ids. Dossiers normally finish
/// on the version they started on; this is for the deliberate case (e.g. an agency renamed by the 2025
/// reorganisation). Nothing changes unless every step the dossier waits at maps.
/// </summary>
public static class InstanceMigrator
{
    public static InstanceMigrationResult Migrate(WorkflowInstance instance, WorkflowDefinition from, WorkflowDefinition to, TimeProvider time)
    {
        if (from.Version.Sequence != instance.DefinitionVersion || from.DefinitionId != instance.DefinitionId)
            return new(false, instance, [new UnmappedActivity("", $"the instance runs on version {instance.DefinitionVersion}, not {from.Version.Sequence}")]);
        if (instance.IsFinished)
            return new(false, instance, [new UnmappedActivity("", "the dossier is finished")]);

        var plan = MigrationPlanner.Plan(from, to, instance.ActiveSteps.Select(s => s.ActivityId));
        var unmapped = plan.Unmapped.ToList();
        foreach (var step in instance.ActiveSteps)
        {
            if (to.Root.Find(step.ActivityId) is RoutingSlipActivity slip &&
                (step.RouteStop >= slip.Stops.Count || slip.Stops[step.RouteStop].Agency != step.Unit))
                unmapped.Add(new UnmappedActivity(step.ActivityId, $"routing slip \"{step.ActivityId}\" no longer has \"{step.Unit}\" at stop {step.RouteStop + 1}"));
        }
        if (unmapped.Count > 0) return new(false, instance, unmapped);

        // Officers choose among the new version's outcomes from now on.
        var steps = instance.ActiveSteps.Select(step => to.Root.Find(step.ActivityId) is { } target
            ? step with
            {
                Title = target.Name,
                Bookmarks = step.Bookmarks.Select(b => b.Kind == BookmarkKind.OfficerDecision ? b with { AllowedOutcomes = [.. target.OutputPorts] } : b).ToImmutableList(),
            }
            : step).ToImmutableList();
        var at = VietnamTime.Now(time);
        var entry = new JournalEntry(instance.Journal.Count + 1, JournalEvent.Migrated, null, "Chuyển sang phiên bản mới", null, null,
            at, null, at, Punctuality.NoDeadline, instance.Status,
            $"phiên bản {instance.DefinitionVersion} → {to.Version.Sequence} ({to.Version.ContentHash})");
        return new(true, instance with
        {
            DefinitionVersion = to.Version.Sequence,
            ContentHash = to.Version.ContentHash,
            ActiveSteps = steps,
            Revision = instance.Revision + 1,
            Journal = instance.Journal.Add(entry),
        }, []);
    }
}
