using Procedures.Workflows;
using Procedures.Workflows.Versioning;

namespace Procedures.Library;

/// <summary>
/// Where published versions live and where sequence numbers are assigned. The content hash is the identity: publishing
/// the content of the latest version again returns it unchanged, so a restart over a durable store creates no
/// duplicate. The in-memory store stands in until the durable one exists.
/// </summary>
public interface IVersionStore
{
    PublishResult Publish(WorkflowDefinition definition);

    /// <summary>Every published version of a procedure, oldest first.</summary>
    IReadOnlyList<WorkflowDefinition> Versions(string code);
}
