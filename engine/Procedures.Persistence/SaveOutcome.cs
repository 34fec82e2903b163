namespace Procedures.Persistence;

public enum SaveStatus
{
    Saved,
    /// <summary>Another writer got there first: the stored revision is not the one the run started from (or the dossier already exists).</summary>
    Conflict,
    /// <summary>The run was refused, or the dossier to resume is not stored: nothing written.</summary>
    NotSaved,
}

/// <summary>What a save did. <paramref name="Revision"/> is the revision now stored (0 when there is none).</summary>
public sealed record SaveOutcome(SaveStatus Status, int Revision, string? Message = null)
{
    public bool Saved => Status == SaveStatus.Saved;
}
