using Procedures.Workflows;

namespace Procedures.Compiler.Tests;

/// <summary>Every procedure of the repository, compiled once and published as version 1 of its own store.</summary>
public static class RepositoryProcedures
{
    static readonly Lazy<IReadOnlyDictionary<string, WorkflowDefinition>> compiled = new(() => ProcedureSnapshots.CompileFolder(RepositoryFiles.ProceduresFolder));

    public static IReadOnlyDictionary<string, WorkflowDefinition> All => compiled.Value;

    public static TheoryData<string> Codes() => new(All.Keys.Order(StringComparer.Ordinal));
}
