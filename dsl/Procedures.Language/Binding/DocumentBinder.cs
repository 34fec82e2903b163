using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax;
using Procedures.Language.Syntax.Nodes;

namespace Procedures.Language.Binding;

static class DocumentBinder
{
    public static BoundDocument Bind(string id, Quoted name, IReadOnlyList<DocumentModifier> modifiers, bool shared, DiagnosticBag bag, Literals literals) =>
        Apply(new BoundDocument(id, name.Value, null, 0, 0, 0, true, null, shared), name, modifiers, bag, literals);

    /// <summary>Applies modifiers over a document (a shared document's own, then the procedure's), reporting repeats and empty conditions.</summary>
    public static BoundDocument Apply(BoundDocument document, Quoted name, IReadOnlyList<DocumentModifier> modifiers, DiagnosticBag bag, Literals literals)
    {
        var seen = new HashSet<TokenKind>();
        var counted = false;
        foreach (var modifier in modifiers)
        {
            var kind = modifier.Keyword.Kind switch
            {
                TokenKind.Original => TokenKind.Originals,
                TokenKind.Copy => TokenKind.Copies,
                TokenKind.CertifiedCopy => TokenKind.CertifiedCopies,
                var k => k,
            };
            if (!seen.Add(kind))
            {
                bag.Add(DiagnosticCatalogue.RepeatedFact, modifier.Keyword.Span, KeywordTable.Instance.Spell(kind, bag.Language));
                continue;
            }
            switch (modifier)
            {
                case FormModifier form:
                    document = document with { Form = form.Form.Value };
                    break;
                case CountModifier count when literals.Count(count.Count) is { } n:
                    counted = true;
                    document = kind switch
                    {
                        TokenKind.Originals => document with { Originals = n },
                        TokenKind.Copies => document with { Copies = n },
                        _ => document with { CertifiedCopies = n },
                    };
                    break;
                case CountModifier:
                    counted = true;
                    break;
                case OptionalModifier:
                    document = document with { Required = false };
                    break;
                case WhenModifier whenModifier:
                    if (string.IsNullOrWhiteSpace(whenModifier.Condition.Code))
                        bag.Add(DiagnosticCatalogue.EmptyCondition, whenModifier.Condition.Span);
                    document = document with { Condition = BoundCondition.Of(whenModifier.Condition) };
                    break;
            }
        }
        if (!counted && document.Originals + document.Copies + document.CertifiedCopies == 0)
            bag.Add(DiagnosticCatalogue.NoCopies, name.Span, name.Value);
        return document;
    }
}
