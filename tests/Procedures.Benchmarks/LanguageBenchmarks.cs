using BenchmarkDotNet.Attributes;
using Procedures.Compiler;
using Procedures.Language;
using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax;
using Procedures.Language.Syntax.Nodes;
using Procedures.Language.Text;
using Procedures.Testing;

namespace Procedures.Benchmarks;

/// <summary>
/// Tokenize + parse + bind, per file and for the whole procedures/ folder, and compilation to workflows.
/// Targets (design.md): under 1 ms per file; the whole folder parsed, bound and compiled under 300 ms warm.
/// </summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    IReadOnlyList<SourceFile> catalogue = [];
    IReadOnlyList<(FileSyntax, IReadOnlyList<Diagnostic>)> parsedCatalogue = [];
    SourceFile file = null!;

    /// <summary>Procedure files by name ("1.001978.proc"), so the results table names them in full.</summary>
    public static IEnumerable<string> Files() =>
        RepositoryFiles.AllPaths().Where(p => !p.Contains("/catalogue/")).Select(System.IO.Path.GetFileName).OfType<string>();

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        catalogue = RepositoryFiles.Catalogue();
        parsedCatalogue = catalogue.Select(Parser.Parse).ToArray();
        file = RepositoryFiles.Read(RepositoryFiles.AllPaths().Single(p => p.EndsWith("/" + File, StringComparison.Ordinal)));
    }

    static readonly Tokenizer Tokenizer = new();

    [Benchmark(Description = "tokenize one file")]
    public object Tokenize() => Tokenizer.Tokenize(file.Text);

    [Benchmark(Description = "tokenize + parse one file")]
    public object Parse() => Parser.Parse(file);

    [Benchmark(Description = "tokenize + parse + bind one file (catalogues parsed before)")]
    public object ParseAndBind() => Compilation.Create(parsedCatalogue.Append(Parser.Parse(file)));

    [Benchmark(Description = "tokenize + parse + bind one file and the catalogues")]
    public object ParseAndBindWithCatalogues() => Compilation.Create(catalogue.Append(file));
}

/// <summary>The whole folder at once: what a reload of every procedure costs.</summary>
[MemoryDiagnoser]
public class FolderBenchmarks
{
    IReadOnlyList<SourceFile> all = [];

    [GlobalSetup]
    public void Setup() => all = RepositoryFiles.AllPaths().Select(RepositoryFiles.Read).ToArray();

    [Benchmark(Description = "tokenize + parse + bind the whole folder")]
    public object ParseAndBindAll() => Compilation.Create(all);

    [Benchmark(Description = "... and compile every procedure to a workflow")]
    public int CompileAll()
    {
        return ProcedureCompiler.CompileAll(Compilation.Create(all)).Count(c => c.Definition is not null);
    }
}
