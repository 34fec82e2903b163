using Procedures.Persistence;
using Procedures.Runtime;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;

namespace Procedures.Engine.LoadChild;

/// <summary>
/// One office clerk under load: submits a dossier, moves it on its default path to the end (the first outcome an
/// officer may choose, every agency replying, the applicant completing, a posting ending when the clock reaches its
/// end), and starts the next; every committed transition goes to the <see cref="CommitLog"/>. Any answer but done is a
/// failure: no one else touches this worker's dossiers.
/// </summary>
public sealed class LoadWorker(ProcedureEngine engine, ForwardClock clock, CommitLog log, IReadOnlyList<string> procedures)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        for (var n = 0; !cancellationToken.IsCancellationRequested; n++)
        {
            var dossier = Committed(await engine.SubmitAsync(procedures[n % procedures.Count], new Submission(), cancellationToken), "submission");
            while (!dossier.Instance.IsFinished)
                dossier = Committed(await StepAsync(dossier, cancellationToken), dossier.Instance.Reference);
        }
    }

    private Task<EngineResult> StepAsync(StoredDossier dossier, CancellationToken cancellationToken)
    {
        var instance = dossier.Instance;
        var bookmark = instance.Bookmarks.FirstOrDefault(b => b.Kind != BookmarkKind.Complaint)
            ?? throw new InvalidOperationException($"dossier {instance.Reference} waits for nothing");
        if (bookmark is { Kind: BookmarkKind.Timer, DueAt: { } due })
            clock.MoveTo(VietnamTime.ToInstant(due).ToDateTimeOffset());
        return engine.ActAsync(instance.DossierId, new BookmarkResumed(bookmark.Id, bookmark.AllowedOutcomes.FirstOrDefault()),
            dossier.Revision, cancellationToken);
    }

    private StoredDossier Committed(EngineResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"{what}: {result.Status} {result.Refusal}");
        log.Committed(result.Dossier!);
        return result.Dossier!;
    }
}
