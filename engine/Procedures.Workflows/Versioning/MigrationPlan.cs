namespace Procedures.Workflows.Versioning;

/// <summary>
/// How the activities an instance is waiting at map onto a newer version: <see cref="Mapped"/> exist there with
/// the same id and kind; <see cref="Unmapped"/> do not, each with the reason. Migrate only when nothing is unmapped.
/// </summary>
public sealed record MigrationPlan(
    string DefinitionId,
    int FromSequence,
    int ToSequence,
    IReadOnlyList<string> Mapped,
    IReadOnlyList<UnmappedActivity> Unmapped)
{
    public bool CanMigrate => Unmapped.Count == 0;
}

public sealed record UnmappedActivity(string ActivityId, string Reason);
