using Procedures.Compiler;
using Procedures.Language;
using Procedures.Language.Syntax;
using Procedures.Workflows;

namespace Procedures.Cli;

/// <summary>A compiled procedure and the keyword language its file is written in.</summary>
public sealed record LoadedProcedure(WorkflowDefinition Definition, KeywordLanguage Language);

/// <summary>Reads, checks and compiles the procedure in one file; problems go to the error writer as compiler lines.</summary>
public static class ProcedureLoader
{
    public static WorkflowDefinition? Load(string path, TextWriter error) => LoadWithLanguage(path, error)?.Definition;

    public static LoadedProcedure? LoadWithLanguage(string path, TextWriter error)
    {
        var sources = SourceSet.Load([path]);
        if (sources.Missing.Count > 0)
        {
            error.WriteLine($"procedures: error: no such file \"{path}\"");
            return null;
        }
        var compilation = Compilation.Create(sources.Files);
        var file = sources.Named.Count == 1 ? sources.Named[0] : null;
        var own = compilation.Diagnostics.Where(d => d.Path == file || d.IsError).ToArray();
        foreach (var diagnostic in own)
            error.WriteLine(diagnostic.ToString());
        if (own.Any(d => d.IsError))
            return null;

        var syntax = compilation.Files.FirstOrDefault(f => f.Source.Path == file);
        var procedure = compilation.Procedures.FirstOrDefault(p => p.Path == file);
        if (procedure is null || syntax is null)
        {
            error.WriteLine($"procedures: error: \"{path}\" holds no procedure");
            return null;
        }
        var (definition, diagnostics) = ProcedureCompiler.Compile(procedure, syntax.Language);
        foreach (var diagnostic in diagnostics)
            error.WriteLine(diagnostic.ToString());
        return definition is null ? null : new LoadedProcedure(definition, syntax.Language);
    }
}
