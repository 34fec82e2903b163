using Procedures.Cli.Text;
using Procedures.Compiler;
using Procedures.Language;
using Procedures.Language.Syntax;
using Procedures.Workflows;

namespace Procedures.Cli;

/// <summary>A compiled procedure and the keyword language its file is written in.</summary>
public sealed record LoadedProcedure(WorkflowDefinition Definition, KeywordLanguage Language);

/// <summary>
/// Reads, checks and compiles the procedure in one file; problems go to the error writer as compiler lines, and the
/// loader's own refusals in the language chosen with --lang, or else the file's.
/// </summary>
public static class ProcedureLoader
{
    public static WorkflowDefinition? Load(string path, KeywordLanguage? chosen, TextWriter error) => LoadWithLanguage(path, chosen, error)?.Definition;

    public static LoadedProcedure? LoadWithLanguage(string path, KeywordLanguage? chosen, TextWriter error)
    {
        var sources = SourceSet.Load([path]);
        if (sources.Missing.Count > 0)
        {
            var text = CliText.For(chosen ?? OutputLanguage.Default);
            error.WriteLine(text.ErrorLine(text.NoSuchFile(path)));
            return null;
        }
        var compilation = Compilation.Create(sources.Files);
        var file = sources.Named.Count == 1 ? sources.Named[0] : null;
        var own = compilation.Diagnostics.Where(d => d.Path == file || d.IsError).ToArray();
        foreach (var diagnostic in own)
            error.WriteLine(diagnostic.ToString());
        if (own.Any(d => d.IsError))
            return null;

        var compiled = ProcedureCompiler.CompileAll(compilation).FirstOrDefault(c => c.Procedure.Path == file);
        if (compiled is null)
        {
            var syntax = compilation.Files.FirstOrDefault(f => f.Source.Path == file);
            var text = CliText.For(chosen ?? syntax?.Language ?? OutputLanguage.Default);
            error.WriteLine(text.ErrorLine(text.HoldsNoProcedure(path)));
            return null;
        }
        foreach (var diagnostic in compiled.Diagnostics)
            error.WriteLine(diagnostic.ToString());
        return compiled.Definition is null ? null : new LoadedProcedure(compiled.Definition, compiled.Language);
    }
}
