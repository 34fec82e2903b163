using Procedures.Runtime;

namespace Procedures.Persistence.Writing;

/// <summary>
/// A new dossier: with <see cref="Numbering"/> set (a dossier received as it is submitted), the agency's next number of
/// the day is taken first and handed to the start, so a refused start gives its number back with the savepoint (no
/// gaps, no duplicates, also across nodes: the counter row stays locked until the commit).
/// </summary>
internal sealed class NewDossierWrite(Func<string?, RunResult> start, Func<Runtime.State.WorkflowInstance, Rows.DossierRow> toRow,
    DossierNumbering? numbering, string lockKey) : PendingWrite
{
    public DossierNumbering? Numbering { get; } = numbering;

    /// <summary>The run the start returned, once applied.</summary>
    public RunResult? Run { get; private set; }

    // A number first (its counter row), else the dossier's own row.
    public override string LockOrder => (Numbering is null ? "1" : "0") + lockKey;

    public override async Task<SaveOutcome> ApplyAsync(WriterSession session)
    {
        var number = Numbering is { } n ? await DossierSql.TakeNumberAsync(session, n.AgencyCode, n.Today()) : null;
        var run = Run = start(number);
        if (!run.Accepted || run.Instance is not { } instance) return new(SaveStatus.NotSaved, 0, run.Reason ?? "the start was refused");
        await DossierSql.InsertAsync(session, toRow(instance));
        await DossierSql.AppendJournalAsync(session, instance, after: 0);
        await DossierSql.ApplyEffectsAsync(session, instance, run.Effects);
        return new(SaveStatus.Saved, instance.Revision);
    }

    // The dossier's id or its number is stored already: a submission retried, or a number another node holds.
    public override async Task<SaveOutcome?> ExplainAsync(WriterSession session)
    {
        if (Run?.Instance is not { } instance) return null;
        var current = await DossierSql.RevisionAsync(session, instance.DossierId);
        var number = instance.DossierNumber;
        if (current == 0 && (number is null || !await DossierSql.NumberTakenAsync(session, number))) return null;
        return new SaveOutcome(SaveStatus.Conflict, current, $"dossier {instance.DossierId} or number {number} is already stored");
    }
}
