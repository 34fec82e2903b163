using Procedures.Workflows.Activities;

namespace Procedures.Workflows.Versioning;

/// <summary>Maps waiting activities from one version to another by their stable ids.</summary>
public static class MigrationPlanner
{
    public static MigrationPlan Plan(WorkflowDefinition from, WorkflowDefinition to, IEnumerable<string> waitingActivityIds)
    {
        var mapped = new List<string>();
        var unmapped = new List<UnmappedActivity>();
        if (from.DefinitionId != to.DefinitionId)
        {
            unmapped.AddRange(waitingActivityIds.Distinct().Select(id =>
                new UnmappedActivity(id, $"version of another procedure ({to.DefinitionId}, not {from.DefinitionId})")));
            return new MigrationPlan(from.DefinitionId, from.Version.Sequence, to.Version.Sequence, mapped, unmapped);
        }

        foreach (var id in waitingActivityIds.Distinct())
        {
            var old = from.Root.Find(id);
            var target = to.Root.Find(id);
            if (target is null)
                unmapped.Add(new UnmappedActivity(id, $"activity \"{id}\" no longer exists in version {to.Version.Sequence}"));
            else if (old is not null && old.Kind != target.Kind)
                unmapped.Add(new UnmappedActivity(id, $"activity \"{id}\" changed from {old.Kind} to {target.Kind}"));
            else if (old is ConsultationActivity oc && target is ConsultationActivity nc &&
                     oc.Agencies.Select(a => a.Agency).Except(nc.Agencies.Select(a => a.Agency)).FirstOrDefault() is { } gone)
                unmapped.Add(new UnmappedActivity(id, $"consultation \"{id}\" no longer consults \"{gone}\""));
            else
                mapped.Add(id);
        }
        return new MigrationPlan(from.DefinitionId, from.Version.Sequence, to.Version.Sequence, mapped, unmapped);
    }
}
