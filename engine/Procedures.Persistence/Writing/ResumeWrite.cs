using Procedures.Persistence.Rows;
using Procedures.Runtime;
using Procedures.Runtime.State;

namespace Procedures.Persistence.Writing;

/// <summary>
/// A resume: the row is updated only while it is still at the revision the run started from, so of two writers from
/// the same revision exactly one wins; the other gets <see cref="SaveStatus.Conflict"/> with the revision now stored.
/// With <see cref="Numbering"/> (a dossier not numbered yet, which this transition may receive) the agency's next number
/// of the day is taken before the run, in the number phase of the group's lock order, and given back when the run does
/// not use it.
/// </summary>
internal sealed class ResumeWrite(WorkflowInstance before, DossierRow beforeRow, Func<string?, RunResult> run,
    Func<WorkflowInstance, DossierRow> toRow, DossierNumbering? numbering) : PendingWrite
{
    public DossierNumbering? Numbering { get; } = numbering;

    /// <summary>The run, once applied.</summary>
    public RunResult? Run { get; private set; }

    // Numbers before dossiers: a receipt takes its agency's counter row first, then its dossier's row.
    public override string LockOrder => Numbering is { } n ? "0" + n.AgencyCode + "\n" + before.DossierId : "1" + before.DossierId;

    public override async Task<SaveOutcome> ApplyAsync(WriterSession session)
    {
        var date = Numbering?.Today();
        var number = Numbering is { } n ? await DossierSql.TakeNumberAsync(session, n.AgencyCode, date!.Value) : null;
        var after = Run = run(number);
        if (!after.Accepted || after.Instance is not { } instance)
            return new(SaveStatus.NotSaved, before.Revision, after.Reason ?? "the run was refused");
        if (instance.DossierId != before.DossierId) throw new InvalidOperationException("the run is of another dossier");
        if (number is not null && instance.DossierNumber != number) await DossierSql.GiveBackNumberAsync(session, Numbering!.AgencyCode, date!.Value);
        if (await DossierSql.UpdateAsync(session, beforeRow, toRow(instance)) == 0) return await RefusedAsync(session);
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
