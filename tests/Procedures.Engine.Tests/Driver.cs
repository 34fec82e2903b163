using Procedures.Persistence;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;

namespace Procedures.Engine.Tests;

/// <summary>
/// Moves a stored dossier on as the office would on its default path: an hour later each time, the first outcome an
/// officer may choose, every agency replying, the applicant completing, and a posting ending by its timer.
/// </summary>
public sealed class Driver(ProcedureEngine engine, Workspace workspace)
{
    /// <summary>One step forward; returns the dossier after it.</summary>
    public async Task<StoredDossier> StepAsync(StoredDossier dossier)
    {
        var instance = dossier.Instance;
        var bookmark = instance.Bookmarks.FirstOrDefault(b => b.Kind != BookmarkKind.Complaint)
            ?? throw new InvalidOperationException($"dossier {instance.Reference} waits for nothing");
        if (bookmark.Kind == BookmarkKind.Timer)
        {
            workspace.Clock.Set(Runtime.VietnamTime.ToInstant(bookmark.DueAt!.Value).ToDateTimeOffset().AddMinutes(1));
            await engine.FireDueTimersAsync();
        }
        else
        {
            workspace.Later(TimeSpan.FromHours(1));
            var result = await engine.ActAsync(instance.DossierId, new BookmarkResumed(bookmark.Id, bookmark.AllowedOutcomes.FirstOrDefault()), dossier.Revision);
            Assert.True(result.Succeeded, $"{instance.Reference} at {bookmark.ActivityId}: {result.Status} {result.Refusal}");
        }
        var after = await engine.ReadAsync(instance.DossierId);
        Assert.NotNull(after);
        Assert.True(after.Revision > dossier.Revision, $"{instance.Reference} did not move at {bookmark.ActivityId}");
        return after;
    }

    public async Task<StoredDossier> FinishAsync(StoredDossier dossier, int maxSteps = 100)
    {
        for (var i = 0; i < maxSteps && !dossier.Instance.IsFinished; i++)
            dossier = await StepAsync(dossier);
        Assert.True(dossier.Instance.IsFinished, $"{dossier.Instance.Reference} did not finish in {maxSteps} steps");
        return dossier;
    }
}
