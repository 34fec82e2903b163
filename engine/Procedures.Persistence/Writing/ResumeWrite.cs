using Procedures.Persistence.Rows;
using Procedures.Runtime;
using Procedures.Runtime.State;

namespace Procedures.Persistence.Writing;

/// <summary>
/// A resume: the row is updated only while it is still at the revision the run started from, so of two writers from
/// the same revision exactly one wins; the other gets <see cref="SaveStatus.Conflict"/> with the revision now stored.
/// </summary>
internal sealed class ResumeWrite(WorkflowInstance before, DossierRow beforeRow, RunResult after, DossierRow afterRow) : PendingWrite
{
    public override string LockOrder => "1" + before.DossierId;

    public override async Task<SaveOutcome> ApplyAsync(WriterSession session)
    {
        var instance = after.Instance!;
        if (await DossierSql.UpdateAsync(session, beforeRow, afterRow) == 0) return await RefusedAsync(session);
        await DossierSql.AppendJournalAsync(session, instance, after: before.Journal.Count == 0 ? 0 : before.Journal.Max(e => e.Sequence));
        await DossierSql.ApplyEffectsAsync(session, instance, after.Effects);
        return new(SaveStatus.Saved, instance.Revision);
    }

    // A key clash on the journal or a bookmark means a writer from the same revision committed first.
    public override async Task<SaveOutcome?> ExplainAsync(WriterSession session) =>
        await RefusedAsync(session) is { Revision: var current } refused && current != before.Revision ? refused : null;

    private async Task<SaveOutcome> RefusedAsync(WriterSession session)
    {
        var current = await DossierSql.RevisionAsync(session, before.DossierId);
        return current == 0
            ? new(SaveStatus.NotSaved, 0, $"dossier {before.DossierId} is not stored")
            : new(SaveStatus.Conflict, current, $"dossier {before.DossierId} is at revision {current}, the run started from {before.Revision}");
    }
}
