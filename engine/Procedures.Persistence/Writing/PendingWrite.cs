namespace Procedures.Persistence.Writing;

/// <summary>One dossier's writes, queued for the next group commit and applied inside its own savepoint.</summary>
internal abstract class PendingWrite
{
    public TaskCompletionSource<SaveOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Where this write takes its locks in a group: every node sorts by it, so no two groups deadlock.</summary>
    public abstract string LockOrder { get; }

    /// <summary>Writes the rows; an outcome that is not <see cref="SaveStatus.Saved"/> is rolled back to the savepoint.</summary>
    public abstract Task<SaveOutcome> ApplyAsync(WriterSession session);

    /// <summary>
    /// After a statement failed and the savepoint was rolled back: the conflict it was (another writer's row is there
    /// first), or null when the stored rows do not explain it.
    /// </summary>
    public abstract Task<SaveOutcome?> ExplainAsync(WriterSession session);
}
