using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax;
using Procedures.Language.Syntax.Nodes;

namespace Procedures.Language.Binding;

static class DocumentBinder
{
    public static BoundDocument Bind(string id, Quoted name, IReadOnlyList<DocumentModifier> modifiers, bool shared, DiagnosticBag bag, Literals literals) =>
        Apply(new BoundDocument(id, name.Value, null, 0, 0, 0, true, null, shared), name, modifiers, bag, literals);

    /// <summary>
    /// A "one of" line: its id (written, or made from its title), whether it is optional and when it applies; its
    /// alternatives are bound by the caller. It takes no counts of its own, so none is missing.
    /// </summary>
    public static BoundDocument Choice(DocumentLine line, DiagnosticBag bag)
    {
        var choice = new BoundDocument(line.Id?.Text ?? Workflows.Activities.ActivityIds.FromStepId(line.Name.Value), line.Name.Value,
            null, 0, 0, 0, true, null, false);
        foreach (var modifier in line.Modifiers)
        {
            if (modifier is OptionalModifier)
                choice = choice with { Required = false };
            else if (modifier is WhenModifier when)
            {
                if (string.IsNullOrWhiteSpace(when.Condition.Code))
                    bag.Add(DiagnosticCatalogue.EmptyCondition, when.Condition.Span);
                choice = choice with { Condition = BoundCondition.Of(when.Condition) };
            }
        }
        return choice;
    }

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
                case IssuedWithinModifier issued:
                    document = document with { IssuedWithin = literals.Period(issued.Limit, PeriodUse.IssuedWithin) };
                    break;
                case PropertyModifier { Keyword.Kind: TokenKind.ConsularLegalisation }:
                    document = document with { ConsularLegalisation = true };
                    break;
                case PropertyModifier { Keyword.Kind: TokenKind.CertifiedTranslation }:
                    document = document with { CertifiedTranslation = true };
                    break;
                case PropertyModifier:
                    document = document with { ElectronicAccepted = true };
                    break;
                case LookedUpModifier lookedUp:
                    document = document with { LookedUpIn = lookedUp.Database.Value };
                    break;
                case AboutModifier about:
                    document = document with { About = about.Person.Value };
                    break;
            }
        }
        // A document the agency looks up is not handed in: it has no copies, and asking for none is no omission.
        if (document.LookedUpIn is { } database)
        {
            if (modifiers.FirstOrDefault(m => m is CountModifier) is { } count)
                bag.Add(DiagnosticCatalogue.LookedUpWithCopies, count.Keyword.Span, name.Value, database);
            return document with { Originals = 0, Copies = 0, CertifiedCopies = 0 };
        }
        if (!counted && document.Originals + document.Copies + document.CertifiedCopies == 0)
            bag.Add(DiagnosticCatalogue.NoCopies, name.Span, name.Value);
        return document;
    }
}
