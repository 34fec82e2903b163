using System.Text.RegularExpressions;
using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax;
using Procedures.Language.Syntax.Nodes;
using Procedures.Language.Text;

namespace Procedures.Language.Binding;

/// <summary>A law as a rule line cites it: the document and, if given, the article.</summary>
public sealed record BoundCitation(string Law, string? Article, SourceSpan Span);

/// <summary>
/// The procedure's own rules on requests to complete, each citing its sector law; null where the one-stop default applies
/// (Decree 61/2018/NĐ-CP Art. 19 as amended by Decree 107/2021/NĐ-CP: once per agency, the clock paused).
/// </summary>
public sealed record BoundCompletionRules(BoundCitation? RestartsDeadline, BoundCitation? MayRepeat)
{
    public static BoundCompletionRules OneStopDefault { get; } = new(null, null);
}

/// <summary>
/// Binds the lines <c>bổ sung hồ sơ tính lại thời hạn theo "…"</c> and <c>bổ sung hồ sơ nhiều lần theo "…"</c>: a rule needs
/// its law (PRC2050), and is suspect when it cites the one-stop decree itself (PRC2051), when no step could apply it
/// (PRC2052) or when its law is missing from the legal basis (PRC2053).
/// </summary>
static partial class CompletionRulesBinder
{
    /// <summary>The one-stop decrees, whose default a rule line replaces: not a sector law.</summary>
    static readonly string[] OneStopDecrees = ["61/2018/NĐ-CP", "107/2021/NĐ-CP", "118/2025/NĐ-CP"];

    [GeneratedRegex(@"\d+/\d{4}/[\p{L}\d]+(?:-[\p{L}\d]+)*")]
    private static partial Regex DocumentNumber();

    public static BoundCompletionRules Bind(IReadOnlyList<LineSyntax> facts, IReadOnlyList<BoundLegalBasis> basis, IReadOnlyList<BoundStep> steps,
        KeywordLanguage language, DiagnosticBag bag)
    {
        var vi = language == KeywordLanguage.Vietnamese;
        var asksInProcessing = steps.Any(s => s.Kind != StepKind.Receive && s.Outcomes.Any(o => o.Target == OutcomeTargetKind.RequestCompletion));
        var asksAtReceipt = steps.Any(s => s.Kind == StepKind.Receive);
        BoundCitation? Rule(TokenKind kind, bool applies, string where)
        {
            if (facts.OfType<CompletionRuleLine>().FirstOrDefault(l => l.Rule.Kind == kind) is not { } line)
                return null;
            var keyword = KeywordTable.Instance.Spell(kind, language);
            var law = line.Law.Value.Trim();
            if (law.Length == 0)
            {
                bag.Add(DiagnosticCatalogue.RuleWithoutLaw, line.Law.Span, keyword);
                return null;
            }
            var numbers = DocumentNumber().Matches(law).Select(m => Names.Key(m.Value)).ToList();
            if (numbers.Any(n => OneStopDecrees.Any(d => Names.Key(d) == n)))
                bag.Add(DiagnosticCatalogue.RuleCitesOneStopDecree, line.Law.Span, law);
            else if (!InBasis(law, numbers, basis))
                bag.Add(DiagnosticCatalogue.RuleLawNotInBasis, line.Law.Span, law, KeywordTable.Instance.Spell(TokenKind.Basis, language));
            if (!applies)
                bag.Add(DiagnosticCatalogue.RuleNeverApplies, line.Rule.Span, keyword, where);
            return new BoundCitation(law, line.Article?.Value is { Length: > 0 } article ? article.Trim() : null, line.Span);
        }

        var restarts = Rule(TokenKind.CompletionRestarts, asksInProcessing, vi ? "trong quá trình giải quyết" : "during processing");
        var repeats = Rule(TokenKind.CompletionRepeats, asksInProcessing || asksAtReceipt,
            vi ? "khi tiếp nhận hay trong quá trình giải quyết" : "at the receipt or during processing");
        return restarts is null && repeats is null ? BoundCompletionRules.OneStopDefault : new BoundCompletionRules(restarts, repeats);
    }

    /// <summary>By the document's number when the citation has one (28/2015/NĐ-CP), else by its name.</summary>
    static bool InBasis(string law, IReadOnlyList<string> numbers, IReadOnlyList<BoundLegalBasis> basis)
    {
        if (numbers.Count > 0)
            return basis.Any(b => numbers.Contains(Names.Key(b.DocumentCode)));
        var key = Names.Key(law);
        return basis.Any(b => key.Contains(Names.Key(b.DocumentCode), StringComparison.Ordinal)
            || Names.Key(b.DocumentName).Contains(key, StringComparison.Ordinal) || key.Contains(Names.Key(b.DocumentName), StringComparison.Ordinal));
    }
}
