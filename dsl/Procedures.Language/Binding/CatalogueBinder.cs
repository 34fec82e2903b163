using System.Collections.Frozen;
using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax;
using Procedures.Language.Syntax.Nodes;
using Procedures.Language.Text;

namespace Procedures.Language.Binding;

/// <summary>Builds the shared catalogues from every file's declarations; an entry declared twice is reported where it repeats.</summary>
static class CatalogueBinder
{
    public static Catalogue Bind(IReadOnlyList<FileSyntax> files, Func<FileSyntax, DiagnosticBag> bagOf)
    {
        var agencies = new Dictionary<string, (CatalogueAgency Entry, string Where)>();
        var documents = new Dictionary<string, (BoundDocument Entry, string Where)>();
        var documentIds = new Dictionary<string, string>();
        var subjects = new Dictionary<string, (BoundSubject Entry, string Where)>();
        var fieldSets = new Dictionary<string, (BoundFieldSet Entry, string Where)>();

        // The shared catalogue folder comes first, then other files, so that a file redeclaring a shared
        // entry is the one told so.
        foreach (var file in files.OrderBy(f => IsSharedCatalogue(f.Source.Path) ? 0 : 1))
        {
            var bag = bagOf(file);
            var vi = file.Language == KeywordLanguage.Vietnamese;
            var literals = new Literals(bag);
            foreach (var agency in file.Agencies)
            {
                var line = agency.Line;
                var where = Where(file, line.Name.Span);
                var units = new List<string>();
                var unitWhere = new Dictionary<string, string>();
                foreach (var unit in agency.Units)
                    if (unitWhere.TryGetValue(Names.Key(unit.Name.Value), out var firstUnit))
                        bag.Add(DiagnosticCatalogue.DuplicateDeclaration, unit.Name.Span, vi ? "đơn vị" : "unit", unit.Name.Value, firstUnit);
                    else
                    {
                        unitWhere[Names.Key(unit.Name.Value)] = Where(file, unit.Name.Span);
                        units.Add(unit.Name.Value);
                    }
                var entry = new CatalogueAgency(new BoundAgency(line.Name.Value, line.Code?.Value, Levels.From(line.Level)), units);
                if (agencies.TryGetValue(Names.Key(line.Name.Value), out var first))
                    bag.Add(DiagnosticCatalogue.DuplicateDeclaration, line.Name.Span, vi ? "cơ quan" : "agency", line.Name.Value, first.Where);
                else
                    agencies[Names.Key(line.Name.Value)] = (entry, where);
            }
            foreach (var declaration in file.Documents)
            {
                var where = Where(file, declaration.Id.Span);
                var document = DocumentBinder.Bind(declaration.Id.Text, declaration.Name, declaration.Modifiers, shared: true, bag, literals);
                if (documentIds.TryGetValue(declaration.Id.Text, out var firstId))
                    bag.Add(DiagnosticCatalogue.DuplicateDeclaration, declaration.Id.Span, vi ? "giấy tờ" : "document", declaration.Id.Text, firstId);
                else if (documents.TryGetValue(Names.Key(declaration.Name.Value), out var first))
                    bag.Add(DiagnosticCatalogue.DuplicateDeclaration, declaration.Name.Span, vi ? "giấy tờ" : "document", declaration.Name.Value, first.Where);
                else
                {
                    documentIds[declaration.Id.Text] = where;
                    documents[Names.Key(declaration.Name.Value)] = (document, where);
                }
            }
            foreach (var set in file.FieldSets)
            {
                var where = Where(file, set.Line.Id.Span);
                var fields = new List<BoundDataField>();
                var names = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var line in set.Fields)
                {
                    if (DataBinder.Field(line, bag) is not { } field)
                        continue;
                    if (names.TryGetValue(field.Name, out var firstField))
                        bag.Add(DiagnosticCatalogue.DuplicateId, line.Name.Span, vi ? "trường dữ liệu" : "data field", field.Name, firstField);
                    else
                    {
                        names[field.Name] = Where(file, line.Name.Span);
                        fields.Add(field);
                    }
                }
                if (fieldSets.TryGetValue(Names.Key(set.Line.Id.Text), out var first))
                    bag.Add(DiagnosticCatalogue.DuplicateDeclaration, set.Line.Id.Span, vi ? "nhóm dữ liệu" : "field set", set.Line.Id.Text, first.Where);
                else
                    fieldSets[Names.Key(set.Line.Id.Text)] = (new BoundFieldSet(set.Line.Id.Text, set.Line.Name.Value, fields), where);
            }
            foreach (var subject in file.Subjects)
            {
                var where = Where(file, subject.Code.Span);
                if (subjects.TryGetValue(Names.Key(subject.Code.Text), out var first))
                    bag.Add(DiagnosticCatalogue.DuplicateDeclaration, subject.Code.Span, vi ? "đối tượng" : "subject", subject.Code.Text, first.Where);
                else
                    subjects[Names.Key(subject.Code.Text)] = (new BoundSubject(subject.Code.Text, subject.Name.Value), where);
            }
        }

        return new Catalogue(
            agencies.ToFrozenDictionary(p => p.Key, p => p.Value.Entry),
            documents.ToFrozenDictionary(p => p.Key, p => p.Value.Entry),
            subjects.ToFrozenDictionary(p => p.Key, p => p.Value.Entry))
        {
            FieldSets = fieldSets.ToFrozenDictionary(p => p.Key, p => p.Value.Entry),
        };
    }

    static bool IsSharedCatalogue(string path) =>
        path.Replace('\\', '/').Split('/') is var parts && parts.Length > 1 && parts[^2] == "catalogue";

    public static string Where(FileSyntax file, SourceSpan span) => $"{file.Source.Path}({span.Line},{span.Column})";
}
