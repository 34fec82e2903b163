using Procedures.Workflows;

namespace Procedures.Persistence;

/// <summary>
/// A stored definition version. <paramref name="Created"/> is false when the same content was already stored: then
/// <paramref name="Definition"/> carries the existing sequence.
/// </summary>
public sealed record PublishedVersion(WorkflowDefinition Definition, bool Created)
{
    public int Sequence => Definition.Version.Sequence;
    public string ContentHash => Definition.Version.ContentHash;
}
