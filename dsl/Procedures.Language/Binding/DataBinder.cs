using Procedures.Expressions;
using Procedures.Workflows.Facts;
using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax;
using Procedures.Language.Syntax.Nodes;

namespace Procedures.Language.Binding;

/// <summary>Binds data fields: a procedure's <c>data</c> block with the catalogue's field sets it uses, and the field sets themselves.</summary>
static class DataBinder
{
    public static IReadOnlyList<BoundDataField> Procedure(DataSyntax? data, Catalogue catalogue, FileSyntax file, DiagnosticBag bag)
    {
        if (data is null)
            return [];
        var fields = new List<BoundDataField>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in data.Entries)
        {
            switch (entry)
            {
                case UseLine use when catalogue.FieldSets.TryGetValue(Names.Key(use.Set.Text), out var set):
                    foreach (var field in set.Fields)
                        Add(field, CatalogueBinder.Where(file, use.Set.Span), use.Set.Span);
                    break;
                case UseLine use:
                    bag.Add(DiagnosticCatalogue.UnknownFieldSet, use.Set.Span, use.Set.Text,
                        Names.DidYouMean(use.Set.Text, catalogue.FieldSets.Values.Select(s => s.Id), bag.Language));
                    break;
                case DataFieldLine line when Field(line, bag) is { } field:
                    Add(field, CatalogueBinder.Where(file, line.Name.Span), line.Name.Span);
                    break;
            }
        }
        return fields;

        void Add(BoundDataField field, string where, Text.SourceSpan at)
        {
            if (seen.TryGetValue(field.Name, out var first))
            {
                bag.Add(DiagnosticCatalogue.DuplicateId, at, bag.Language == KeywordLanguage.Vietnamese ? "trường dữ liệu" : "data field", field.Name, first);
                return;
            }
            seen[field.Name] = where;
            fields.Add(field);
        }
    }

    /// <summary>One field, or null after reporting a name conditions could not read it by.</summary>
    public static BoundDataField? Field(DataFieldLine line, DiagnosticBag bag)
    {
        var name = KeywordTable.ToNfc(line.Name.Text);
        if (!ConditionAnalysis.IsValidFieldName(name))
        {
            bag.Add(DiagnosticCatalogue.InvalidFieldName, line.Name.Span, line.Name.Text);
            return null;
        }
        // The field works in this engine, so it stays bound; only the Elsa export could not carry it.
        if (ElsaConditions.IsReservedInputName(name))
            bag.Add(DiagnosticCatalogue.FieldNameReservedByElsa, line.Name.Span, name);
        var type = line.Type.Kind.Kind switch
        {
            TokenKind.TextType => DataType.Text,
            TokenKind.WholeNumberType => DataType.WholeNumber,
            TokenKind.DecimalType => DataType.Decimal,
            TokenKind.MoneyType => DataType.Money,
            TokenKind.YesNoType => DataType.YesNo,
            TokenKind.DateType => DataType.Date,
            TokenKind.OneOf => DataType.OneOf,
            _ => DataType.ListOf,
        };
        var values = line.Type.Values.Select(v => v.Value).Distinct(StringComparer.Ordinal).ToArray();
        return new BoundDataField(name, line.Label.Value, type, line.Requirement?.Kind != TokenKind.Optional, values, line.Help?.Value, line.Name.Span);
    }
}
