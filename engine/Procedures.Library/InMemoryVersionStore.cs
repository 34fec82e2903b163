using Procedures.Workflows;
using Procedures.Workflows.Versioning;

namespace Procedures.Library;

/// <summary>Versions kept in process by <see cref="DefinitionStore"/>; share one instance to simulate a restart.</summary>
public sealed class InMemoryVersionStore : IVersionStore
{
    private readonly DefinitionStore _store = new();

    public PublishResult Publish(WorkflowDefinition definition, string sourceText) => _store.Publish(definition);

    public IReadOnlyList<WorkflowDefinition> Versions(string code) => _store.Versions(code);
}
