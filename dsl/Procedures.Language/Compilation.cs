using Procedures.Language.Binding;
using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax;
using Procedures.Language.Syntax.Nodes;
using Procedures.Language.Text;

namespace Procedures.Language;

/// <summary>
/// The single compilation object shared by the CLI and (later) the designer: a set of files, parsed and
/// bound together so that procedures resolve against the catalogues declared in any of them.
/// </summary>
public sealed class Compilation
{
    Compilation(IReadOnlyList<FileSyntax> files, Catalogue catalogue, IReadOnlyList<BoundProcedure> procedures, IReadOnlyList<Diagnostic> diagnostics)
    {
        Files = files;
        Catalogue = catalogue;
        Procedures = procedures;
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<FileSyntax> Files { get; }
    public Catalogue Catalogue { get; }

    /// <summary>Every procedure that was read, bound as far as its errors allow; check <see cref="Diagnostics"/> before trusting one.</summary>
    public IReadOnlyList<BoundProcedure> Procedures { get; }

    /// <summary>All problems, in file order then line and column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public static Compilation Create(IEnumerable<SourceFile> sources) => Create(sources.Select(Parser.Parse));

    /// <summary>Binds files parsed before, so that an edit re-parses only the file that changed.</summary>
    public static Compilation Create(IEnumerable<(FileSyntax Syntax, IReadOnlyList<Diagnostic> Diagnostics)> parsedFiles)
    {
        var parsed = parsedFiles.ToArray();
        var files = parsed.Select(p => p.Syntax).ToArray();
        var bags = new Dictionary<FileSyntax, DiagnosticBag>(ReferenceEqualityComparer.Instance);
        foreach (var file in files)
            bags[file] = new DiagnosticBag(file.Source.Path, file.Language);
        var catalogue = CatalogueBinder.Bind(files, f => bags[f]);

        var procedures = new List<BoundProcedure>();
        var checkedProcedures = new List<(BoundProcedure, DiagnosticBag)>();
        var codes = new Dictionary<string, string>();
        foreach (var file in files)
        {
            if (file.Procedure is not { } syntax)
                continue;
            var bag = bags[file];
            var procedure = new ProcedureBinder(file, syntax, catalogue, bag).Bind();
            if (codes.TryGetValue(procedure.Code, out var first))
                bag.Add(DiagnosticCatalogue.DuplicateProcedureCode, syntax.Header.Code.Span, procedure.Code, first);
            else
                codes[procedure.Code] = file.Source.Path;
            procedures.Add(procedure);
            checkedProcedures.Add((procedure, bag));
        }
        ConditionChecks.Run(checkedProcedures);
        // A result or duty names another procedure by code: its name is known when its file is checked with this one.
        foreach (var (procedure, bag) in checkedProcedures)
            foreach (var link in procedure.Links.Where(l => !codes.ContainsKey(l.Code)))
                bag.Add(DiagnosticCatalogue.LinkedProcedureNotHere, link.Span, link.Code);

        // Without any catalogue entry every agency, unit, shared document and subject would be reported unknown:
        // one error per procedure file says what is missing instead.
        var noCatalogue = catalogue.Agencies.Count == 0 && catalogue.DocumentsByName.Count == 0 && catalogue.Subjects.Count == 0;
        if (noCatalogue)
            foreach (var file in files.Where(f => f.Procedure is not null))
                bags[file].Add(DiagnosticCatalogue.CatalogueNotFound, new SourceSpan(0, 0, 1, 1));

        var diagnostics = parsed.SelectMany(p => p.Diagnostics)
            .Concat(files.SelectMany(f => bags[f].Items).Where(d => !(noCatalogue && IsCatalogueLookup(d.Descriptor))))
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToArray();
        return new Compilation(files, catalogue, procedures, diagnostics);
    }

    static bool IsCatalogueLookup(DiagnosticDescriptor descriptor) =>
        descriptor == DiagnosticCatalogue.UnknownAgency || descriptor == DiagnosticCatalogue.UnknownUnit
        || descriptor == DiagnosticCatalogue.UnknownDocument || descriptor == DiagnosticCatalogue.UnknownSubject;
}
