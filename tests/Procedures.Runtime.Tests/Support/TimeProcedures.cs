using Procedures.Compiler;
using Procedures.Language;
using Procedures.Testing;
using Procedures.Workflows;

namespace Procedures.Runtime.Tests.Support;

/// <summary>The procedures of tests/Fixtures/time, compiled against the fixture catalogue: what the language says about time, run.</summary>
public static class TimeProcedures
{
    public static WorkflowDefinition Compile(string name)
    {
        var compilation = Compilation.Create(Fixtures.Catalogue().Append(Fixtures.Time(name)));
        Assert.Empty(compilation.Diagnostics.Select(d => d.ToString()));
        var compiled = ProcedureCompiler.CompileAll(compilation).Single();
        Assert.Empty(compiled.Diagnostics.Select(d => d.ToString()));
        return compiled.Definition!;
    }
}
