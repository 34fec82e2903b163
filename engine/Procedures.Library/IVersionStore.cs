using Procedures.Workflows;
using Procedures.Workflows.Versioning;

namespace Procedures.Library;

/// <summary>
/// Where published versions live and where sequence numbers are assigned. The content hash is the identity: publishing
/// the content of the latest version again returns it unchanged, so a restart over a durable store creates no
/// duplicate. The engine's store keeps versions in its database; the in-memory one serves tools and tests.
/// </summary>
public interface IVersionStore
{
    /// <summary>Publishes a clean compile; <paramref name="sourceText"/> is the file it came from, kept with the version.</summary>
    PublishResult Publish(WorkflowDefinition definition, string sourceText);

    /// <summary>Every published version of a procedure, oldest first.</summary>
    IReadOnlyList<WorkflowDefinition> Versions(string code);
}
