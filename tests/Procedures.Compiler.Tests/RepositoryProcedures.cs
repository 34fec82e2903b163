using Procedures.Compiler;
using Procedures.Language;
using Procedures.Workflows;
using Procedures.Workflows.Versioning;

namespace Procedures.Compiler.Tests;

/// <summary>Every procedure of the repository, compiled once and published as version 1 of its own store.</summary>
public static class RepositoryProcedures
{
    static readonly Lazy<IReadOnlyDictionary<string, WorkflowDefinition>> compiled = new(Compile);

    public static IReadOnlyDictionary<string, WorkflowDefinition> All => compiled.Value;

    public static TheoryData<string> Codes() => new(All.Keys.Order(StringComparer.Ordinal));

    static IReadOnlyDictionary<string, WorkflowDefinition> Compile()
    {
        var compilation = Compilation.Create(RepositoryFiles.AllPaths().Select(RepositoryFiles.Read));
        Assert.Empty(compilation.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
        var result = new SortedDictionary<string, WorkflowDefinition>(StringComparer.Ordinal);
        foreach (var procedure in compilation.Procedures)
        {
            var language = compilation.Files.Single(f => f.Source.Path == procedure.Path).Language;
            var (definition, diagnostics) = ProcedureCompiler.Compile(procedure, language);
            Assert.Empty(diagnostics.Select(d => d.ToString()));
            result[procedure.Code] = new DefinitionStore().Publish(definition!).Definition;
        }
        return result;
    }
}
