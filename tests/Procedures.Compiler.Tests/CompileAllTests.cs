using Procedures.Language;
using Procedures.Language.Syntax;
using Procedures.Language.Text;
using System.Text.Json;
using Procedures.Workflows.Serialization;

namespace Procedures.Compiler.Tests;

/// <summary>The one pipeline from files to definitions: every bound procedure, in the keyword language of its own file.</summary>
public sealed class CompileAllTests
{
    [Fact]
    public void Each_procedure_is_compiled_in_its_file_s_language_like_a_hand_wired_compile()
    {
        var compilation = Compilation.Create(Fixtures.Catalogue().Append(new SourceFile("test.proc", Fixtures.Text(Fixtures.Unemployment))));
        Assert.False(compilation.HasErrors);

        var compiled = Assert.Single(ProcedureCompiler.CompileAll(compilation));
        var file = compilation.Files.Single(f => f.Source.Path == "test.proc");
        Assert.Equal("test.proc", compiled.Procedure.Path);
        Assert.Equal(file.Language, compiled.Language);
        Assert.Empty(compiled.Diagnostics);
        var (byHand, _) = ProcedureCompiler.Compile(compilation.Procedures.Single(), file.Language);
        Assert.Equal(JsonSerializer.Serialize(byHand, WorkflowJson.Options), JsonSerializer.Serialize(compiled.Definition, WorkflowJson.Options));
    }

    [Fact]
    public void A_compilation_without_procedures_compiles_to_nothing()
    {
        Assert.Empty(ProcedureCompiler.CompileAll(Compilation.Create(Fixtures.Catalogue())));
    }
}
