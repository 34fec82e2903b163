using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax.Nodes;
using Procedures.Language.Text;
using Superpower;
using Superpower.Model;

namespace Procedures.Language.Syntax;

/// <summary>Parses each line with the grammar its place calls for and groups the lines into a <see cref="FileSyntax"/>.</summary>
sealed partial class FileBuilder(SourceFile source, KeywordLanguage language, bool declared, DiagnosticBag bag, List<CommentSyntax> comments)
{
    readonly List<LineSyntax> allLines = [];
    Section section = Section.Top;

    ProcedureLine? procedure;
    readonly List<LineSyntax> facts = [];
    DocumentsLine? documentsLine;
    readonly List<DocumentLine> commonDocuments = [];
    readonly List<(CaseLine Line, List<DocumentLine> Documents)> cases = [];
    StepsLine? stepsLine;
    readonly List<(StepLine Line, List<WithLine> With, List<ToLine> To, List<OutcomeLine> Outcomes)> steps = [];
    readonly List<PhaseSyntax> phases = [];
    int brokenStepLines;
    readonly List<string> brokenStepIds = [];
    bool parentBroken;
    readonly HashSet<TokenKind> brokenFacts = [];

    readonly List<(AgencyDeclarationLine Line, List<UnitDeclarationLine> Units)> agencies = [];
    readonly List<DocumentDeclarationLine> sharedDocuments = [];
    readonly List<SubjectDeclarationLine> subjects = [];
    DataLine? dataLine;
    RequirementsLine? requirementsLine;
    readonly List<RequirementLine> requirements = [];
    readonly List<LineSyntax> dataEntries = [];
    readonly List<(FieldSetDeclarationLine Line, List<DataFieldLine> Fields)> fieldSets = [];

    public void Accept(Token<TokenKind>[] tokens)
    {
        var span = SourceSpan.Cover(tokens[0].ToSpan(), tokens[^1].ToSpan());
        var bad = tokens.FirstOrDefault(t => t.Kind is TokenKind.Unexpected or TokenKind.UnterminatedString or TokenKind.UnterminatedExpression);
        if (bad.HasValue)
        {
            switch (bad.Kind)
            {
                case TokenKind.UnterminatedString: bag.Add(DiagnosticCatalogue.UnterminatedString, bad.ToSpan()); break;
                case TokenKind.UnterminatedExpression: bag.Add(DiagnosticCatalogue.UnterminatedCondition, bad.ToSpan()); break;
                default: bag.Add(DiagnosticCatalogue.UnexpectedCharacter, bad.ToSpan(), bad.ToStringValue()); break;
            }
            Broken(tokens);
            return;
        }
        if (section == Section.Ignored)
            return;
        ReportValueForms(tokens);

        var first = tokens[0];
        var chosen = Choose(first.Kind, tokens);
        TokenListParserResult<TokenKind, LineSyntax>? failed = null;
        if (chosen is { Row: { } row })
        {
            var result = row.Grammar.AtEnd()(new TokenList<TokenKind>(tokens));
            if (result.HasValue)
            {
                Keep(tokens, result.Value, span);
                return;
            }
            failed = result;
        }

        // A misspelt keyword reads as words that fit nowhere: read the line with the nearest keyword instead.
        var failure = failed is { } f ? Math.Min(f.Location.Position, tokens.Length - 1) : 0;
        if (TryMisspelledKeywords(tokens, failure, span, out var guess) || TryUnknownStepKind(tokens))
            return;
        // Only a line whose first word cannot start a line here is taken for a misspelt keyword that still does
        // not parse; an outcome or document id that does not parse may just be a line missing a value.
        if (guess is { } misspelt && failed is null)
        {
            var misspelling = misspelt.Misspellings[0];
            bag.Add(DiagnosticCatalogue.MisspelledKeyword, misspelling.At, misspelling.Written, misspelling.Keyword);
            var guessed = Choose(misspelt.Tokens[0].Kind)!.Value.Row!;
            ReportSyntaxError(guessed.Grammar.AtEnd()(new TokenList<TokenKind>(misspelt.Tokens)), span, guessed);
            Broken(misspelt.Tokens);
            return;
        }

        if (failed is { } failedResult)
        {
            ReportSyntaxError(failedResult, span, chosen!.Value.Row!);
            Broken(tokens);
        }
        else if (chosen is not { } outOfPlace)
            bag.Add(DiagnosticCatalogue.SyntaxError, first.ToSpan(), SyntaxText.Describe(first, language), SyntaxText.LineStart(language));
        else
        {
            var written = first.ToStringValue();
            bag.Add(DiagnosticCatalogue.LineOutOfPlace, first.ToSpan(), first.Kind == TokenKind.String ? written[1..^1] : written, outOfPlace.Placement.Describe(language));
        }
    }

    void Keep(Token<TokenKind>[] tokens, LineSyntax parsed, SourceSpan span)
    {
        var lineKeywords = tokens.Where(t => KeywordTable.IsKeyword(t.Kind)).Select(t => new KeywordSyntax(t.Kind, t.ToSpan())).ToArray();
        // A data field's name is the writer's own word even when it is also a keyword ("Ngày" in a Vietnamese file):
        // it stays a name in the other keyword set too.
        CheckKeywordLanguage(parsed is DataFieldLine field ? [.. tokens.Where(t => t.ToSpan() != field.Name.Span)] : tokens);
        var line = parsed with
        {
            Span = span,
            Lead = KeywordTable.IsKeyword(tokens[0].Kind) ? lineKeywords[0] : null,
            Keywords = lineKeywords,
        };
        allLines.Add(line);
        Place(line);
    }

    /// <summary>A line that did not parse: it still opens its block, and a fact it meant to state is not called missing.</summary>
    void Broken(Token<TokenKind>[] tokens)
    {
        if (section is Section.Facts or Section.Requirements or Section.Documents or Section.Steps && LineKinds.IsFactOrBlock(tokens[0].Kind))
            brokenFacts.Add(tokens[0].Kind);
        EnterBlockOf(tokens);
    }

    /// <summary>PRC1010 and PRC1011: the value is read as meant, and the form the language wants is shown.</summary>
    void ReportValueForms(Token<TokenKind>[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.DecimalComma && i > 0 && (tokens[i - 1].Kind == TokenKind.Fee
                || (tokens[0].Kind == TokenKind.Payment && tokens[i - 1].Kind == TokenKind.String)))
                continue; // a thousands separator in an amount of đồng, reported by the binder with what an amount is
            if (token.Kind == TokenKind.DecimalComma)
                bag.Add(DiagnosticCatalogue.DecimalComma, token.ToSpan(), token.ToStringValue(), ValueForms.Decimal(token.ToStringValue()));
            else if (token.Kind == TokenKind.DayMonthYear)
                bag.Add(DiagnosticCatalogue.DayMonthYearDate, token.ToSpan(), token.ToStringValue(), ValueForms.IsoDate(token.ToStringValue()));
        }
    }

    /// <summary>
    /// A broken line that opens a block still opens it, so the lines after it are read in their place
    /// rather than each reported as out of place. A broken procedure line yields no procedure to bind.
    /// The lines under a broken step, case or agency are parsed but belong to nothing: placing them
    /// under the block before would report errors that are not there.
    /// </summary>
    void EnterBlockOf(Token<TokenKind>[] tokens)
    {
        var kind = tokens[0].Kind;
        if (section == Section.Ignored || LineKinds.IsSubLine(kind))
            return;
        if (LineKinds.Find(kind, section)?.Opens is { } opens
            && (kind != TokenKind.Procedure || (procedure is null && !LineKinds.IsInProcedure(section))))
            section = opens;
        parentBroken = LineKinds.Find(kind, section) is { HasChildren: true };
        // A broken phase line, like a broken step, leaves the flow unchecked: its steps would be counted in the wrong phase.
        if (section != Section.Steps || !(IsStepKind(kind) || kind == TokenKind.Phase))
            return;
        brokenStepLines++;
        if (tokens.Length > 1 && tokens[1].Kind == TokenKind.Identifier)
            brokenStepIds.Add(tokens[1].ToStringValue());
    }

    static bool IsStepKind(TokenKind kind) => Grammar.StepKinds.Contains(kind);

    /// <summary>The kind of line that starts with <paramref name="kind"/> here, or (without a row) where it would belong.</summary>
    (LineKind? Row, Placement Placement)? Choose(TokenKind kind, Token<TokenKind>[]? tokens = null)
    {
        if (LineKinds.Find(kind, section, tokens) is { } row)
            return (row, row.BelongsIn);
        return LineKinds.Home(kind, section) is { } home ? (null, home) : null;
    }

    void Place(LineSyntax line)
    {
        if (parentBroken && line is WithLine or ToLine or OutcomeLine or DocumentLine or UnitDeclarationLine or DataFieldLine)
            return;
        parentBroken = false;
        // Indentation carries no meaning, but a sub-line written at its step's own indentation may be meant for another place.
        if (line is WithLine or ToLine or OutcomeLine && StepOpen && line.Span.Column <= steps[^1].Line.Span.Column)
            bag.Add(DiagnosticCatalogue.SubLineIndentedLikeSteps, line.Span, Describe(line), steps[^1].Line.Id.Text);
        switch (line)
        {
            case ProcedureLine p:
                if (procedure is not null)
                {
                    bag.Add(DiagnosticCatalogue.SecondProcedure, p.Span, p.Code.Text);
                    section = Section.Ignored;
                    return;
                }
                procedure = p;
                section = Section.Facts;
                break;
            case DocumentsLine d:
                documentsLine = OpenBlock(documentsLine, d, TokenKind.Documents, Section.Documents);
                break;
            case DataLine d:
                dataLine = OpenBlock(dataLine, d, TokenKind.Data, Section.Data);
                break;
            case RequirementsLine r:
                requirementsLine = OpenBlock(requirementsLine, r, TokenKind.Requirements, Section.Requirements);
                break;
            case RequirementLine r:
                requirements.Add(r);
                break;
            case DataFieldLine f when section == Section.FieldSet:
                if (fieldSets.Count > 0)
                    fieldSets[^1].Fields.Add(f);
                break;
            case DataFieldLine or UseLine:
                dataEntries.Add(line);
                break;
            case FieldSetDeclarationLine f:
                fieldSets.Add((f, []));
                section = Section.FieldSet;
                break;
            case StepsLine s:
                stepsLine = OpenBlock(stepsLine, s, TokenKind.Steps, Section.Steps);
                break;
            case CaseLine c:
                cases.Add((c, []));
                break;
            case DocumentLine d:
                var list = cases.Count > 0 ? cases[^1].Documents : commonDocuments;
                // Indented under a "one of" line, a document is one of its alternatives: the one place where indentation
                // decides where a line belongs, as a choice has no closing line.
                if (!d.IsOneOf && list.Count > 0 && list[^1] is { IsOneOf: true } choice && d.Span.Column > choice.Span.Column)
                {
                    list[^1] = choice with { Alternatives = [.. choice.Alternatives, d] };
                    break;
                }
                if (cases.Count > 0 && d.Span.Column <= cases[^1].Line.Span.Column)
                    bag.Add(DiagnosticCatalogue.DocumentIndentedLikeCases, d.Span, d.Name.Value, cases[^1].Line.Name.Value);
                list.Add(d);
                break;
            case StepLine s:
                steps.Add((s, [], [], []));
                break;
            case PhaseLine p:
                phases.Add(new PhaseSyntax(p, steps.Count));
                break;
            case WithLine w when StepOpen:
                steps[^1].With.Add(w);
                break;
            case ToLine t when StepOpen:
                steps[^1].To.Add(t);
                break;
            case OutcomeLine o when StepOpen:
                steps[^1].Outcomes.Add(o);
                break;
            case WithLine or ToLine or OutcomeLine:
                bag.Add(DiagnosticCatalogue.OrphanLine, line.Span, Describe(line),
                    language == KeywordLanguage.Vietnamese ? "một bước" : "a step");
                break;
            case AgencyDeclarationLine a:
                agencies.Add((a, []));
                section = Section.Agency;
                break;
            case UnitDeclarationLine u when agencies.Count > 0:
                agencies[^1].Units.Add(u);
                break;
            case UnitDeclarationLine:
                break; // under an agency line that did not parse, already reported
            case DocumentDeclarationLine d:
                sharedDocuments.Add(d);
                section = Section.Catalogue;
                break;
            case SubjectDeclarationLine s:
                subjects.Add(s);
                section = Section.Catalogue;
                break;
            default:
                facts.Add(line);
                break;
        }
    }

    /// <summary>Whether a step's sub-line here belongs to the last step: there is one, and no phase line came after it.</summary>
    bool StepOpen => steps.Count > 0 && (phases.Count == 0 || phases[^1].FirstStep < steps.Count);

    /// <summary>A step's sub-line as messages name it: its keyword, or an outcome as "approve -> return".</summary>
    string Describe(LineSyntax line) => line is OutcomeLine outcome
        ? $"{outcome.Outcome.Word?.Text ?? Spell(outcome.Outcome.Keyword!)} -> {outcome.Target.Word?.Text ?? Spell(outcome.Target.Keyword!)}"
        : Spell(line.Lead!);

    /// <summary>A block header: the block is entered; a second header of the same block is reported and the first kept.</summary>
    T OpenBlock<T>(T? first, T line, TokenKind keyword, Section block) where T : LineSyntax
    {
        if (first is not null)
            bag.Add(DiagnosticCatalogue.RepeatedFact, line.Span, KeywordTable.Instance.Spell(keyword, language));
        section = block;
        return first ?? line;
    }

    string Spell(KeywordSyntax keyword) => KeywordTable.Instance.Spell(keyword.Kind, language);

    void CheckKeywordLanguage(Token<TokenKind>[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (!KeywordTable.IsKeyword(token.Kind))
                continue;
            var written = token.ToStringValue();
            if (!KeywordTable.Instance.TryLookup(KeywordTable.Normalise(written), out var kind, out var wordLanguage) || wordLanguage == language)
                continue;
            if (i > 0 && tokens[i - 1].Kind == TokenKind.Number)
                kind = KeywordTable.ForCount(kind, tokens[i - 1].ToStringValue() == "1");
            bag.Add(DiagnosticCatalogue.MixedKeywords, token.ToSpan(), written,
                language == KeywordLanguage.Vietnamese ? "vi" : "en", KeywordTable.Instance.Spell(kind, language));
        }
    }

    void ReportSyntaxError(TokenListParserResult<TokenKind, LineSyntax> result, SourceSpan line, LineKind kind)
    {
        var found = result.Location.ConsumeToken();
        var at = found.HasValue ? found.Value.ToSpan() : new SourceSpan(line.End, 0, line.Line, line.Column + line.Length);
        var foundText = found.HasValue ? SyntaxText.Describe(found.Value, language) : SyntaxText.EndOfLine(language);
        var expectations = result.Expectations is { Length: > 0 } given ? given : [.. kind.Tail, "end of input"];
        var expected = SyntaxText.Expectations(expectations, language);
        bag.Add(DiagnosticCatalogue.SyntaxError, at, foundText, expected);
    }

    public FileSyntax Build()
    {
        ProcedureSyntax? procedureSyntax = procedure is null ? null : new ProcedureSyntax(
            procedure,
            facts,
            documentsLine is null ? null : new DocumentsSyntax(documentsLine, commonDocuments, cases.Select(c => new CaseSyntax(c.Line, c.Documents)).ToArray()),
            stepsLine is null ? null : new StepsSyntax(stepsLine, steps.Select(s => new StepSyntax(s.Line, s.With, s.To, s.Outcomes)).ToArray(), brokenStepLines, brokenStepIds)
            {
                Phases = phases,
            })
        {
            Data = dataLine is null ? null : new DataSyntax(dataLine, dataEntries),
            Requirements = requirementsLine is null ? null : new RequirementsSyntax(requirementsLine, requirements),
            BrokenFacts = [.. brokenFacts],
        };
        return new FileSyntax(source, language, declared, procedureSyntax,
            agencies.Select(a => new AgencySyntax(a.Line, a.Units)).ToArray(), sharedDocuments, subjects, comments, allLines)
        {
            FieldSets = fieldSets.Select(f => new FieldSetSyntax(f.Line, f.Fields)).ToArray(),
        };
    }
}
