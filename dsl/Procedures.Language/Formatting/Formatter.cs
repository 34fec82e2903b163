using System.Text;
using Procedures.Language.Syntax;
using Procedures.Language.Syntax.Nodes;

namespace Procedures.Language.Formatting;

/// <summary>
/// Prints a parsed file in the one canonical layout, optionally in the other keyword set. Facts come in a
/// fixed order, clauses of a line too; comments travel with the line they stand above or beside.
/// Only files without syntax errors are formatted: a skipped line would otherwise be lost.
/// </summary>
public sealed class Formatter
{
    readonly KeywordLanguage language;
    readonly KeywordTable keywords = KeywordTable.Instance;
    readonly StringBuilder output = new();
    readonly Dictionary<int, List<CommentSyntax>> leading = [];
    readonly Dictionary<int, CommentSyntax> trailing = [];
    readonly List<CommentSyntax> closing = [];
    readonly HashSet<int> blankLines = [];

    Formatter(FileSyntax file, KeywordLanguage language)
    {
        this.language = language;
        AttachComments(file);
        var lines = file.Source.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (string.IsNullOrWhiteSpace(lines[i]))
                blankLines.Add(i + 1);
    }

    public static string Format(FileSyntax file, KeywordLanguage? language = null) =>
        new Formatter(file, language ?? file.Language).Print(file);

    string Print(FileSyntax file)
    {
        output.Append("# language: ").Append(language.Tag()).Append('\n');
        foreach (var comment in leading.GetValueOrDefault(0, []))
            output.Append(comment.Text.TrimEnd()).Append('\n');

        var catalogue = file.Agencies.Select(a => (Line: (LineSyntax)a.Line, Agency: (AgencySyntax?)a, Set: (FieldSetSyntax?)null))
            .Concat(file.Documents.Select(d => (Line: (LineSyntax)d, Agency: (AgencySyntax?)null, Set: (FieldSetSyntax?)null)))
            .Concat(file.Subjects.Select(s => (Line: (LineSyntax)s, Agency: (AgencySyntax?)null, Set: (FieldSetSyntax?)null)))
            .Concat(file.FieldSets.Select(f => (Line: (LineSyntax)f.Line, Agency: (AgencySyntax?)null, Set: (FieldSetSyntax?)f)))
            .OrderBy(e => e.Line.Span.Start);
        var first = true;
        var previousHadUnits = false;
        foreach (var (line, agency, set) in catalogue)
        {
            var hasUnits = agency is { Units.Count: > 0 } || set is { Fields.Count: > 0 };
            if (!first && (hasUnits || previousHadUnits))
                Blank();
            switch (line)
            {
                case AgencyDeclarationLine a:
                    var code = a.Code is { } c ? $" {K(TokenKind.Code)} {Q(c)}" : "";
                    var level = a.Level is { } l ? $" {K(TokenKind.Level)} {K(l.Kind)}" : "";
                    Line(0, a, $"{K(TokenKind.Agency)} {Q(a.Name)}{code}{level}");
                    foreach (var unit in agency!.Units)
                        Line(2, unit, $"{K(TokenKind.Unit)} {Q(unit.Name)}");
                    break;
                case DocumentDeclarationLine d:
                    Line(0, d, $"{K(TokenKind.Document)} {Document(d.Id, d.Name, d.Modifiers)}");
                    break;
                case SubjectDeclarationLine s:
                    Line(0, s, $"{K(TokenKind.Subject)} {s.Code.Text} {Q(s.Name)}");
                    break;
                case FieldSetDeclarationLine f:
                    Line(0, f, $"{K(TokenKind.FieldSet)} {f.Id.Text} {Q(f.Name)}");
                    foreach (var field in set!.Fields)
                        Line(2, field, DataField(field));
                    break;
            }
            previousHadUnits = hasUnits;
            first = false;
        }

        if (file.Procedure is { } procedure)
        {
            if (!first)
                Blank();
            Line(0, procedure.Header, $"{K(TokenKind.Procedure)} {procedure.Header.Code.Text} {Q(procedure.Header.Name)}");
            foreach (var fact in procedure.Clauses.OrderBy(LineKinds.FactOrder))
                Line(2, fact, Fact(fact));
            if (procedure.Data is { } data)
            {
                Blank();
                Line(0, data.Line, K(TokenKind.Data));
                foreach (var entry in data.Entries)
                    Line(2, entry, entry is UseLine use ? $"{K(TokenKind.Use)} {use.Set.Text}" : DataField((DataFieldLine)entry));
            }
            if (procedure.Requirements is { } requirements)
            {
                Blank();
                Line(0, requirements.Line, K(TokenKind.Requirements));
                foreach (var requirement in requirements.Requirements)
                    Line(2, requirement, Q(requirement.Text) + (requirement.Check is { } check ? $" {K(TokenKind.Check)} {C(check)}" : ""));
            }
            if (procedure.Documents is { } documents)
            {
                Blank();
                Line(0, documents.Line, K(TokenKind.Documents));
                foreach (var document in documents.Common)
                    DocumentLines(2, document);
                foreach (var @case in documents.Cases)
                {
                    var when = @case.Line.When is { } c ? $" {K(TokenKind.When)} {C(c)}" : "";
                    Line(2, @case.Line, $"{K(TokenKind.Case)} {Q(@case.Line.Name)}{when}");
                    foreach (var document in @case.Documents)
                        DocumentLines(4, document);
                }
            }
            if (procedure.Steps is { } steps)
            {
                Blank();
                Line(0, steps.Line, K(TokenKind.Steps));
                foreach (var (step, index) in steps.Steps.Select((s, i) => (s, i)))
                {
                    foreach (var phase in steps.Phases.Where(p => p.FirstStep == index))
                        Line(2, phase.Line, Phase(phase.Line));
                    Line(2, step.Line, Step(step.Line));
                    foreach (var with in step.Consultations)
                        Line(4, with, $"{K(TokenKind.With)} {Q(with.Agency)}{Within(with.Limit)}");
                    foreach (var to in step.Stops)
                        Line(4, to, $"{K(TokenKind.To)} {Q(to.Agency)}{(to.Task is { } task ? " " + Q(task) : "")}{Within(to.Limit)}");
                    foreach (var outcome in step.Outcomes)
                        Line(4, outcome, $"{N(outcome.Outcome)} -> {N(outcome.Target)}{Within(outcome.Limit)}");
                }
                // A phase line after the last step has no step to stand before; it keeps its place at the end.
                foreach (var phase in steps.Phases.Where(p => p.FirstStep >= steps.Steps.Count))
                    Line(2, phase.Line, Phase(phase.Line));
            }
        }

        foreach (var comment in closing)
            output.Append(comment.Text.TrimEnd()).Append('\n');
        return output.ToString();
    }

    string Fact(LineSyntax fact) => fact switch
    {
        FieldLine f => $"{K(TokenKind.Field)} {Q(f.Field)}",
        LevelLine l => $"{K(TokenKind.Level)} {string.Join(", ", l.Levels.Select(k => K(k.Kind)))}",
        AgencyLine a => $"{K(TokenKind.Agency)} {Q(a.Agency)}{(a.When is { } when ? $" {K(TokenKind.When)} {C(when)}" : "")}",
        ReceivingAgencyLine r => $"{K(TokenKind.ReceivingAgency)} {Q(r.Agency)}",
        StartedByAgencyLine => K(TokenKind.StartedByAgency),
        CoordinatingLine c => $"{K(TokenKind.Coordinating)} {string.Join(", ", c.Agencies.Select(Q))}",
        ApplicantsLine a => $"{K(TokenKind.Applicants)} {string.Join(", ", a.Subjects.Select(s => s.Text))}",
        BasisLine b => $"{K(TokenKind.Basis)} {Q(b.DocumentCode)} {Q(b.DocumentName)}{(b.Article is { } article ? $" {K(TokenKind.Article)} {Article(article)}" : "")}",
        PublishedLine p => $"{K(TokenKind.Published)} {Q(p.Decision)}{(p.Date is { } d ? " " + d.Text : "")}",
        EffectiveLine e => $"{K(TokenKind.Effective)} {e.Date.Text}",
        AbolishedLine a => $"{K(TokenKind.Abolished)} {a.Date.Text}{(a.Decision is { } d ? $" {K(TokenKind.By)} {Q(d)}" : "")}",
        DeadlineLine d => $"{K(TokenKind.Deadline)} {Limit(d.Limit)}",
        CompletionRuleLine c => $"{K(c.Rule.Kind)} {Q(c.Law)}{(c.Article is { } article ? $" {K(TokenKind.Article)} {Article(article)}" : "")}",
        ResultLine r => $"{K(TokenKind.Result)} {Q(r.Result)}" + (r.Form is { } form ? $" {K(TokenKind.Form)} {Q(form)}" : "")
            + (r.ValidFor is { } valid ? $" {K(TokenKind.ValidFor)} {Limit(valid)}" : "")
            + (r.Procedure is { } code ? $" {K(TokenKind.Procedure)} {code.Text}" : ""),
        RefusalResultLine r => $"{K(TokenKind.RefusalResult)} {Q(r.Title)}" + (r.Form is { } form ? $" {K(TokenKind.Form)} {Q(form)}" : ""),
        ApplyLine a => $"{K(TokenKind.Apply)} " + (a.Kind.Kind is TokenKind.Within or TokenKind.BeforeOrAfter
            ? $"{K(TokenKind.Within)} {Limit(a.Period)} {K(a.Kind.Kind == TokenKind.BeforeOrAfter ? TokenKind.BeforeOrAfter : WindowFrom)} {C(a.Field)}"
            : language == KeywordLanguage.Vietnamese
                ? $"{K(TokenKind.Before)} {C(a.Field)} {K(TokenKind.AtLeast)} {Limit(a.Period)}"
                : $"{K(TokenKind.AtLeast)} {Limit(a.Period)} {K(TokenKind.Before)} {C(a.Field)}")
            + (a.When is { } when ? $" {K(TokenKind.When)} {C(when)}" : "") + (a.LateAccepted is null ? "" : " " + K(TokenKind.LateAccepted)),
        DutyLine d => $"{K(TokenKind.Duty)} {Q(d.Text)}" + (d.Procedure is { } code ? $" {K(TokenKind.Procedure)} {code.Text}" : ""),
        FeeLine f => $"{K(TokenKind.Fee)} {f.Amount.Text} {Q(f.Item)}" + (f.When is { } when ? $" {K(TokenKind.When)} {C(when)}" : ""),
        PaymentLine p => $"{K(TokenKind.Payment)} {Q(p.Title)}" + (p.Amount is { } amount ? " " + amount.Text : "")
            + (p.AmountText is { } rule ? " " + Q(rule) : "") + (p.When is { } when ? $" {K(TokenKind.When)} {C(when)}" : "")
            + (p.Phase is { } phase ? $" {K(TokenKind.Phase)} {phase.Text}" : ""),
        ChannelLine c => $"{K(TokenKind.Channel)} {K(c.Channel.Kind)}{(c.Mode is { } m ? " " + K(m.Kind) : "")}{Within(c.Limit)}"
            + (c.Fee is { } fee ? $" {K(TokenKind.Fee)} {fee.Text}{(c.FeeNote is { } note ? " " + Q(note) : "")}" : ""),
        _ => throw new InvalidOperationException($"no layout for {fact.GetType().Name}"),
    };

    /// <summary><c>Name "label" type [values] [required|optional] [help "…"]</c>; required is the default and is not written.</summary>
    string DataField(DataFieldLine field)
    {
        var text = new StringBuilder($"{field.Name.Text} {Q(field.Label)} {K(field.Type.Kind.Kind)}");
        if (field.Type.Values.Count > 0)
            text.Append(' ').Append(string.Join(", ", field.Type.Values.Select(Q)));
        if (field.Requirement is { Kind: TokenKind.Optional })
            text.Append(' ').Append(K(TokenKind.Optional));
        if (field.Help is { } help)
            text.Append(' ').Append(K(TokenKind.Help)).Append(' ').Append(Q(help));
        return text.ToString();
    }

    static readonly TokenKind[] ModifierOrder =
    [
        TokenKind.Form, TokenKind.Originals, TokenKind.Copies, TokenKind.CertifiedCopies, TokenKind.Of, TokenKind.IssuedWithin,
        TokenKind.ConsularLegalisation, TokenKind.CertifiedTranslation, TokenKind.ElectronicAccepted, TokenKind.LookedUpIn,
        TokenKind.Optional, TokenKind.When,
    ];

    /// <summary>A document, or a "one of" line with its alternatives two spaces further in.</summary>
    void DocumentLines(int indent, DocumentLine document)
    {
        if (!document.IsOneOf)
        {
            Line(indent, document, Document(document.Id, document.Name, document.Modifiers));
            return;
        }
        Line(indent, document, $"{K(TokenKind.OneOf)} {Document(document.Id, document.Name, document.Modifiers)}");
        foreach (var alternative in document.Alternatives)
            Line(indent + 2, alternative, Document(alternative.Id, alternative.Name, alternative.Modifiers));
    }

    string Document(Word? id, Quoted name, IReadOnlyList<DocumentModifier> modifiers)
    {
        var text = new StringBuilder();
        if (id is not null)
            text.Append(id.Text).Append(' ');
        text.Append(Q(name));
        foreach (var modifier in modifiers.OrderBy(m => Array.IndexOf(ModifierOrder, KeywordTable.ForCount(m.Keyword.Kind, one: false))))
        {
            text.Append(' ').Append(modifier switch
            {
                FormModifier f => $"{K(TokenKind.Form)} {Q(f.Form)}",
                CountModifier c => $"{c.Count.Text} {K(KeywordTable.ForCount(c.Keyword.Kind, c.Count.Text == "1"))}",
                OptionalModifier => K(TokenKind.Optional),
                WhenModifier w => $"{K(TokenKind.When)} {C(w.Condition)}",
                IssuedWithinModifier i => $"{K(TokenKind.IssuedWithin)} {Limit(i.Limit)}",
                PropertyModifier p => K(p.Keyword.Kind),
                LookedUpModifier l => $"{K(TokenKind.LookedUpIn)} {Q(l.Database)}",
                AboutModifier a => $"{K(TokenKind.Of)} {Q(a.Person)}",
                _ => "",
            });
        }
        return text.ToString();
    }

    static readonly TokenKind[] ClauseOrder = [TokenKind.By, TokenKind.To, TokenKind.Within, TokenKind.If];

    string Step(StepLine step)
    {
        var text = new StringBuilder($"{K(step.Kind.Kind)} {step.Id.Text} {Q(step.Title)}");
        foreach (var clause in step.Clauses.OrderBy(c => Array.IndexOf(ClauseOrder, c.Keyword.Kind)))
            text.Append(' ').Append(clause switch
            {
                ByClause { OneStop: not null } => $"{K(TokenKind.By)} {K(TokenKind.OneStop)}",
                ByClause { Performer.Kind: TokenKind.Applicant } => $"{K(TokenKind.By)} {K(TokenKind.Applicant)}",
                ByClause { Performer.Kind: TokenKind.Party } by => $"{K(TokenKind.By)} {K(TokenKind.Party)} {Q(by.Unit!)}",
                ByClause by => $"{K(TokenKind.By)} {Q(by.Unit!)}",
                ToClause to => $"{K(TokenKind.To)} {Q(to.Agency)}",
                WithinClause within => $"{K(TokenKind.Within)} {Limit(within.Limit)}",
                IfClause @if => $"{K(TokenKind.If)} {C(@if.Condition)}",
                _ => "",
            });
        return text.ToString();
    }

    /// <summary><c>phase id "title" [within T [from STEP]] [result "…"]</c>.</summary>
    string Phase(PhaseLine phase) =>
        $"{K(TokenKind.Phase)} {phase.Id.Text} {Q(phase.Title)}{Within(phase.Limit)}{(phase.Result is { } result ? $" {K(TokenKind.Result)} {Q(result)}" : "")}";

    string Within(TimeLimitSyntax? limit) => limit is null ? "" : $" {K(TokenKind.Within)} {Limit(limit)}";

    string Limit(TimeLimitSyntax limit) =>
        $"{limit.Amount.Text} {K(KeywordTable.ForCount(limit.Unit.Kind, limit.Amount.Text == "1"))}{(limit.From is { } from ? $" {K(TokenKind.From)} {from.Text}" : "")}";

    static string Article(Quoted article) =>
        article.Value.Length > 0 && article.Value.All(char.IsAsciiDigit) && article.Value[0] != '0' ? article.Value : Q(article);

    string K(TokenKind kind) => keywords.Spell(kind, language);

    /// <summary>What a window counts from: "of" in English (as the law's "within 3 months of"), "kể từ" in Vietnamese.</summary>
    TokenKind WindowFrom => language == KeywordLanguage.Vietnamese ? TokenKind.From : TokenKind.Of;

    string N(Name name) => name.Word?.Text ?? K(name.Keyword!.Kind);

    static string Q(Quoted text) => "\"" + text.Value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    static string C(Condition condition) => "`" + condition.Code + "`";

    void Blank()
    {
        if (output.Length > 1 && !(output[^1] == '\n' && output[^2] == '\n'))
            output.Append('\n');
    }

    /// <summary>Prints a line with its comments; a blank line the author left before it is kept (several become one).</summary>
    void Line(int indent, LineSyntax line, string text)
    {
        var comments = leading.GetValueOrDefault(line.Span.Line, []);
        var firstSourceLine = comments.Count > 0 ? comments[0].Span.Line : line.Span.Line;
        if (blankLines.Contains(firstSourceLine - 1))
            Blank();
        foreach (var comment in comments)
            output.Append(' ', indent).Append(comment.Text.TrimEnd()).Append('\n');
        output.Append(' ', indent).Append(text);
        if (trailing.TryGetValue(line.Span.Line, out var after))
            output.Append(' ').Append(after.Text.TrimEnd());
        output.Append('\n');
    }

    /// <summary>
    /// A comment on a line of its own belongs to the next line of the file (key 0 before the first line
    /// when nothing precedes it); one after a line's values stays beside it. The language header is
    /// written anew, so the old one is dropped.
    /// </summary>
    void AttachComments(FileSyntax file)
    {
        var lineNumbers = file.Lines.Select(l => l.Span.Line).ToArray();
        var headerDropped = false;
        foreach (var comment in file.Comments)
        {
            if (!headerDropped && (lineNumbers.Length == 0 || comment.Span.Line < lineNumbers[0])
                && System.Text.RegularExpressions.Regex.IsMatch(comment.Text, @"^#\s*(language|ngôn ngữ)\s*:", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            {
                headerDropped = true;
                continue;
            }
            var index = Array.BinarySearch(lineNumbers, comment.Span.Line);
            if (index >= 0)
            {
                trailing[comment.Span.Line] = comment;
                continue;
            }
            var next = ~index;
            if (next >= lineNumbers.Length)
                closing.Add(comment);
            else if (next == 0)
                leading.TryAdd(0, []);
            if (next < lineNumbers.Length)
            {
                var key = next == 0 ? 0 : lineNumbers[next];
                if (!leading.TryGetValue(key, out var list))
                    leading[key] = list = [];
                list.Add(comment);
            }
        }
    }
}
