using Procedures.Workflows;

namespace Procedures.Elsa.Procedures;

/// <summary>
/// Elsa-looking 16-hex-character ids that are deterministic: the same definition and activity always export the
/// same id, so re-exports diff cleanly and an Elsa server sees the same activity across versions.
/// </summary>
internal static class ElsaIds
{
    public static string Root(string definitionId) => ContentHasher.Hex16($"{definitionId}:flowchart");

    public static string Activity(string definitionId, string activityId) => ContentHasher.Hex16($"{definitionId}:{activityId}");

    public static string DefinitionVersion(WorkflowDefinition definition) =>
        ContentHasher.Hex16($"{definition.DefinitionId}:{definition.Version.Sequence}:{definition.Version.ContentHash}");
}
