using Procedures.Language.Binding;
using Procedures.Language.Formatting;
using Procedures.Language.Syntax;
using Procedures.Language.Syntax.Nodes;
using Procedures.Language.Text;

namespace Procedures.Language.Tests;

/// <summary>
/// A procedure states its sector law's own rule on requests to complete, in place of the one-stop default: the lines
/// <c>bổ sung hồ sơ tính lại thời hạn theo "…" [điều N]</c> and <c>bổ sung hồ sơ nhiều lần theo "…" [điều N]</c>
/// (<c>completion restarts the deadline per</c>, <c>completion may be requested again per</c>).
/// </summary>
public sealed class CompletionRuleLineTests
{
    static readonly string English = BaseProcedures.English.Edit("  deadline 20 working days\n",
        "  deadline 20 working days\n  completion restarts the deadline per \"Nghị định 28/2015/NĐ-CP\" article 17\n" +
        "  completion may be requested again per \"38/2013/QH13\" article \"46, 47\"\n");

    [Fact]
    public void Both_lines_read_as_one_keyword_then_the_cited_law_and_its_article()
    {
        var (syntax, diagnostics) = Parser.Parse(new SourceFile("t.proc", English));

        Assert.Empty(diagnostics);
        var rules = syntax.Procedure!.Clauses.OfType<CompletionRuleLine>().ToList();
        Assert.Equal([TokenKind.CompletionRestarts, TokenKind.CompletionRepeats], rules.Select(r => r.Rule.Kind));
        Assert.Equal(["Nghị định 28/2015/NĐ-CP", "38/2013/QH13"], rules.Select(r => r.Law.Value));
        Assert.Equal(["17", "46, 47"], rules.Select(r => r.Article!.Value));
    }

    [Fact]
    public void The_bound_procedure_carries_both_rules_with_their_citations()
    {
        var compilation = Checker.Compile(new SourceFile(Checker.TestPath, English));

        Assert.Empty(compilation.Diagnostics);
        var completion = compilation.Procedures.Single().Completion;
        Assert.Equal(("Nghị định 28/2015/NĐ-CP", "17"), (completion.RestartsDeadline!.Law, completion.RestartsDeadline.Article));
        Assert.Equal(("38/2013/QH13", "46, 47"), (completion.MayRepeat!.Law, completion.MayRepeat.Article));
    }

    [Fact]
    public void Without_the_lines_the_one_stop_default_applies()
    {
        var compilation = Checker.Compile(new SourceFile(Checker.TestPath, BaseProcedures.Vietnamese));

        Assert.Same(BoundCompletionRules.OneStopDefault, compilation.Procedures.Single().Completion);
    }

    [Fact]
    public void The_formatter_puts_the_rules_right_after_the_deadline_and_translation_round_trips()
    {
        // Written last among the facts, in the other order: the canonical layout moves them under the deadline.
        var untidy = BaseProcedures.English.Edit("  result \"Quyết định hưởng trợ cấp thất nghiệp\"\n",
            "  result \"Quyết định hưởng trợ cấp thất nghiệp\"\n  completion may be requested again per   \"38/2013/QH13\" article \"46, 47\"\n" +
            "  completion restarts the deadline per \"Nghị định 28/2015/NĐ-CP\"   article 17\n");

        var formatted = Formatter.Format(Parser.Parse(new SourceFile("t.proc", untidy)).Syntax);
        var vietnamese = Formatter.Format(Parser.Parse(new SourceFile("t.proc", formatted)).Syntax, KeywordLanguage.Vietnamese);
        var back = Formatter.Format(Parser.Parse(new SourceFile("t.proc", vietnamese)).Syntax, KeywordLanguage.English);

        Assert.Equal(Formatter.Format(Parser.Parse(new SourceFile("t.proc", English)).Syntax), formatted);
        Assert.Contains("""
              deadline 20 working days
              completion restarts the deadline per "Nghị định 28/2015/NĐ-CP" article 17
              completion may be requested again per "38/2013/QH13" article "46, 47"
              channel in-person
            """.Replace("\r\n", "\n"), formatted);
        Assert.Contains("""
              thời hạn 20 ngày làm việc
              bổ sung hồ sơ tính lại thời hạn theo "Nghị định 28/2015/NĐ-CP" điều 17
              bổ sung hồ sơ nhiều lần theo "38/2013/QH13" điều "46, 47"
              cách thức trực tiếp
            """.Replace("\r\n", "\n"), vietnamese);
        Assert.Empty(Checker.Check(vietnamese));
        Assert.Equal(formatted, back);
    }

    [Fact]
    public void A_rule_line_outside_the_facts_is_out_of_place()
    {
        var misplaced = BaseProcedures.English.Edit("steps\n", "steps\n  completion may be requested again per \"38/2013/QH13\"\n");

        Assert.Contains(Checker.Check(misplaced), line => line.Contains("error PRC1007: \"completion may be requested again per\" cannot stand here", StringComparison.Ordinal));
    }
}
