using Procedures.Workflows.Facts;

namespace Procedures.Workflows;

/// <summary>
/// A compiled procedure: Elsa's workflow definition (definition id, version, published and latest flags, a root
/// flowchart) plus the procedure's facts. <see cref="DefinitionId"/> is the procedure code (e.g. <c>1.001978</c>).
/// </summary>
public sealed record WorkflowDefinition(
    string DefinitionId,
    string Name,
    DefinitionVersion Version,
    bool IsPublished,
    bool IsLatest,
    ProcedureFacts Facts,
    Flowchart Root)
{
    /// <summary>An unpublished definition (sequence 0) whose id and name come from the facts and whose hash is computed.</summary>
    public static WorkflowDefinition Create(ProcedureFacts facts, Flowchart root) =>
        new(facts.Code, facts.Name, new DefinitionVersion(0, ContentHasher.Compute(facts.Code, facts.Name, facts, root)), false, false, facts, root);

    /// <summary>The hash of this definition's content as it is now (ignores <see cref="Version"/> and the flags).</summary>
    public string ComputeContentHash() => ContentHasher.Compute(DefinitionId, Name, Facts, Root);
}
