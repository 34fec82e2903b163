using Procedures.Language.Syntax.Nodes;
using Procedures.Language.Text;
using Superpower;
using Superpower.Model;
using Superpower.Parsers;

namespace Procedures.Language.Syntax;

/// <summary>
/// The grammar of one line, as Superpower combinators. Every line starts with a keyword (or, for
/// documents and outcomes, an id or a quoted name); its values follow in a fixed order.
/// </summary>
static class Grammar
{
    static TokenListParser<TokenKind, KeywordSyntax> Kw(TokenKind kind) =>
        Token.EqualTo(kind).Select(t => new KeywordSyntax(kind, t.ToSpan()));

    static TokenListParser<TokenKind, KeywordSyntax> AnyOf(params TokenKind[] kinds) =>
        kinds.Skip(1).Aggregate(Kw(kinds[0]), (parser, kind) => parser.Or(Kw(kind)));

    static readonly TokenListParser<TokenKind, Quoted> QuotedText =
        Token.EqualTo(TokenKind.String).Select(t => new Quoted(Unescape(t.Span), t.ToSpan()));

    static readonly TokenListParser<TokenKind, Word> Identifier =
        Token.EqualTo(TokenKind.Identifier).Select(t => new Word(t.ToStringValue(), t.ToSpan()));

    // A number with a decimal comma and a day-first date are read as the value they mean, so that the line is
    // bound as intended; the file builder reports the form once (PRC1010, PRC1011).
    static readonly TokenListParser<TokenKind, NumberLiteral> Number =
        Token.Matching<TokenKind>(k => k is TokenKind.Number or TokenKind.DecimalComma, "number")
            .Select(t => new NumberLiteral(t.Kind == TokenKind.DecimalComma ? ValueForms.Decimal(t.ToStringValue()) : t.ToStringValue(), t.ToSpan()));

    // A fee is whole đồng: "50,000" is a thousands separator there, not a decimal comma, and the binder says so.
    static readonly TokenListParser<TokenKind, NumberLiteral> FeeAmount =
        Token.Matching<TokenKind>(k => k is TokenKind.Number or TokenKind.DecimalComma, "number")
            .Select(t => new NumberLiteral(t.ToStringValue(), t.ToSpan()));

    static readonly TokenListParser<TokenKind, DateLiteral> Date =
        Token.Matching<TokenKind>(k => k is TokenKind.Date or TokenKind.DayMonthYear, "date (YYYY-MM-DD)")
            .Select(t => new DateLiteral(t.Kind == TokenKind.DayMonthYear ? ValueForms.IsoDate(t.ToStringValue()) : t.ToStringValue(), t.ToSpan()));

    static readonly TokenListParser<TokenKind, Condition> ConditionText =
        Token.EqualTo(TokenKind.Expression).Select(t =>
        {
            var span = t.ToSpan();
            return new Condition(t.ToStringValue()[1..^1], span with { Start = span.Start + 1, Length = span.Length - 2, Column = span.Column + 1 });
        });

    static readonly TokenListParser<TokenKind, TimeLimitSyntax> TimeLimit =
        from amount in Number
        from unit in AnyOf(TokenKind.WorkingDays, TokenKind.WorkingDay, TokenKind.Days, TokenKind.Day, TokenKind.Hours, TokenKind.Hour,
            TokenKind.Months, TokenKind.Month, TokenKind.Years, TokenKind.Year)
        select new TimeLimitSyntax(amount, unit, SourceSpan.Cover(amount.Span, unit.Span));

    /// <summary>A time limit that may be counted from the end of a step: <c>15 working days from giam-dinh</c>.</summary>
    static readonly TokenListParser<TokenKind, TimeLimitSyntax> AnchoredLimit =
        from limit in TimeLimit
        from anchor in Kw(TokenKind.From).IgnoreThen(Identifier).Maybe()
        select limit with { From = anchor };

    static readonly TokenListParser<TokenKind, KeywordSyntax> LevelValue =
        AnyOf(TokenKind.Ministry, TokenKind.Province, TokenKind.District, TokenKind.Commune, TokenKind.Other);

    // ---- blocks ----
    public static readonly TokenListParser<TokenKind, LineSyntax> ProcedureLine =
        from keyword in Kw(TokenKind.Procedure)
        from code in Number
        from name in QuotedText
        select (LineSyntax)new ProcedureLine(code, name, default);

    public static readonly TokenListParser<TokenKind, LineSyntax> DocumentsLine =
        Kw(TokenKind.Documents).Select(_ => (LineSyntax)new DocumentsLine(default));

    public static readonly TokenListParser<TokenKind, LineSyntax> StepsLine =
        Kw(TokenKind.Steps).Select(_ => (LineSyntax)new StepsLine(default));

    // ---- procedure header ----
    public static readonly TokenListParser<TokenKind, LineSyntax> FieldLine =
        Kw(TokenKind.Field).IgnoreThen(QuotedText).Select(q => (LineSyntax)new FieldLine(q, default));

    public static readonly TokenListParser<TokenKind, LineSyntax> LevelLine =
        Kw(TokenKind.Level).IgnoreThen(LevelValue.AtLeastOnceDelimitedBy(Token.EqualTo(TokenKind.Comma)))
            .Select(levels => (LineSyntax)new LevelLine(levels, default));

    public static readonly TokenListParser<TokenKind, LineSyntax> AgencyLine =
        from keyword in Kw(TokenKind.Agency)
        from agency in QuotedText
        from when in Kw(TokenKind.When).IgnoreThen(ConditionText).Maybe()
        select (LineSyntax)new AgencyLine(agency, when, default);

    public static readonly TokenListParser<TokenKind, LineSyntax> ReceivingAgencyLine =
        Kw(TokenKind.ReceivingAgency).IgnoreThen(QuotedText).Select(q => (LineSyntax)new ReceivingAgencyLine(q, default));

    public static readonly TokenListParser<TokenKind, LineSyntax> StartedByAgencyLine =
        Kw(TokenKind.StartedByAgency).Select(_ => (LineSyntax)new StartedByAgencyLine(default));

    public static readonly TokenListParser<TokenKind, LineSyntax> CoordinatingLine =
        Kw(TokenKind.Coordinating).IgnoreThen(QuotedText.AtLeastOnceDelimitedBy(Token.EqualTo(TokenKind.Comma)))
            .Select(agencies => (LineSyntax)new CoordinatingLine(agencies, default));

    public static readonly TokenListParser<TokenKind, LineSyntax> ApplicantsLine =
        Kw(TokenKind.Applicants).IgnoreThen(Identifier.AtLeastOnceDelimitedBy(Token.EqualTo(TokenKind.Comma)))
            .Select(subjects => (LineSyntax)new ApplicantsLine(subjects, default));

    static readonly TokenListParser<TokenKind, Quoted> Article =
        Kw(TokenKind.Article).IgnoreThen(QuotedText.Or(Number.Select(n => new Quoted(n.Text, n.Span))));

    public static readonly TokenListParser<TokenKind, LineSyntax> BasisLine =
        from keyword in Kw(TokenKind.Basis)
        from code in QuotedText
        from name in QuotedText
        from article in Article.Maybe()
        select (LineSyntax)new BasisLine(code, name, article, default);

    public static readonly TokenListParser<TokenKind, LineSyntax> PublishedLine =
        from keyword in Kw(TokenKind.Published)
        from decision in QuotedText
        from date in Date.Maybe()
        select (LineSyntax)new PublishedLine(decision, date, default);

    public static readonly TokenListParser<TokenKind, LineSyntax> EffectiveLine =
        Kw(TokenKind.Effective).IgnoreThen(Date).Select(d => (LineSyntax)new EffectiveLine(d, default));

    public static readonly TokenListParser<TokenKind, LineSyntax> AbolishedLine =
        from keyword in Kw(TokenKind.Abolished)
        from date in Date
        from decision in Kw(TokenKind.By).IgnoreThen(QuotedText).Maybe()
        select (LineSyntax)new AbolishedLine(date, decision, default);

    public static readonly TokenListParser<TokenKind, LineSyntax> DeadlineLine =
        Kw(TokenKind.Deadline).IgnoreThen(AnchoredLimit).Select(t => (LineSyntax)new DeadlineLine(t, default));

    static readonly TokenListParser<TokenKind, NumberLiteral> ProcedureCode = Kw(TokenKind.Procedure).IgnoreThen(Number);
    /// <summary><c>bổ sung hồ sơ tính lại thời hạn theo "luật" [điều N]</c>, <c>bổ sung hồ sơ nhiều lần theo "luật" [điều N]</c>.</summary>
    public static readonly TokenListParser<TokenKind, LineSyntax> CompletionRuleLine =
        from rule in AnyOf(TokenKind.CompletionRestarts, TokenKind.CompletionRepeats)
        from law in QuotedText
        from article in Article.Maybe()
        select (LineSyntax)new CompletionRuleLine(rule, law, article, default);

    public static readonly TokenListParser<TokenKind, LineSyntax> ResultLine =
        from keyword in Kw(TokenKind.Result)
        from title in QuotedText
        from form in Kw(TokenKind.Form).IgnoreThen(QuotedText).Maybe()
        from valid in Kw(TokenKind.ValidFor).IgnoreThen(TimeLimit).Maybe()
        from procedure in ProcedureCode.Maybe()
        select (LineSyntax)new ResultLine(title, form, valid, procedure, default);

    public static readonly TokenListParser<TokenKind, LineSyntax> RefusalResultLine =
        from keyword in Kw(TokenKind.RefusalResult)
        from title in QuotedText
        from form in Kw(TokenKind.Form).IgnoreThen(QuotedText).Maybe()
        select (LineSyntax)new RefusalResultLine(title, form, default);

    static readonly TokenListParser<TokenKind, ApplyLine> ApplyWindow =
        Kw(TokenKind.Apply).IgnoreThen(
            (from within in Kw(TokenKind.Within)
             from period in TimeLimit
             from anchor in AnyOf(TokenKind.From, TokenKind.Of, TokenKind.BeforeOrAfter)
             from field in ConditionText
             select new ApplyLine(anchor.Kind == TokenKind.BeforeOrAfter ? anchor : within, period, field, default))
            .Or(from atLeast in Kw(TokenKind.AtLeast)
                from period in TimeLimit
                from before in Kw(TokenKind.Before)
                from field in ConditionText
                select new ApplyLine(atLeast, period, field, default))
            .Or(from before in Kw(TokenKind.Before)
                from field in ConditionText
                from atLeast in Kw(TokenKind.AtLeast)
                from period in TimeLimit
                select new ApplyLine(atLeast, period, field, default)));

    /// <summary>
    /// <c>within T of `Field`</c> (<c>trong T kể từ `Field`</c>), <c>within T before or after `Field`</c>, or
    /// <c>at least T before `Field`</c> in either order; then <c>when `…`</c> and <c>late accepted</c>, each optional.
    /// </summary>
    public static readonly TokenListParser<TokenKind, LineSyntax> ApplyLine =
        from window in ApplyWindow
        from when in Kw(TokenKind.When).IgnoreThen(ConditionText).Maybe()
        from late in Kw(TokenKind.LateAccepted).Maybe()
        select (LineSyntax)(window with { When = when, LateAccepted = late });

    public static readonly TokenListParser<TokenKind, LineSyntax> DutyLine =
        from keyword in Kw(TokenKind.Duty)
        from text in QuotedText
        from procedure in ProcedureCode.Maybe()
        select (LineSyntax)new DutyLine(text, procedure, default);

    public static readonly TokenListParser<TokenKind, LineSyntax> FeeLine =
        from keyword in Kw(TokenKind.Fee)
        from amount in FeeAmount
        from item in QuotedText
        from when in Kw(TokenKind.When).IgnoreThen(ConditionText).Maybe()
        select (LineSyntax)new FeeLine(amount, item, when, default);

    public static readonly TokenListParser<TokenKind, LineSyntax> PaymentLine =
        from keyword in Kw(TokenKind.Payment)
        from title in QuotedText
        from amount in FeeAmount.Select(a => (Amount: (NumberLiteral?)a, Text: (Quoted?)null))
            .Or(QuotedText.Select(q => (Amount: (NumberLiteral?)null, Text: (Quoted?)q)))
            .OptionalOrDefault((null, null))
        from when in Kw(TokenKind.When).IgnoreThen(ConditionText).Maybe()
        from phase in Kw(TokenKind.Phase).IgnoreThen(Identifier).Maybe()
        select (LineSyntax)new PaymentLine(title, amount.Amount, amount.Text, when, phase, default);

    public static readonly TokenListParser<TokenKind, LineSyntax> RequirementsLine =
        Kw(TokenKind.Requirements).Select(_ => (LineSyntax)new RequirementsLine(default));

    public static readonly TokenListParser<TokenKind, LineSyntax> RequirementLine =
        from text in QuotedText
        from check in Kw(TokenKind.Check).IgnoreThen(ConditionText).Maybe()
        select (LineSyntax)new RequirementLine(text, check, default);

    public static readonly TokenListParser<TokenKind, LineSyntax> ChannelLine =
        from keyword in Kw(TokenKind.Channel)
        from kind in AnyOf(TokenKind.InPerson, TokenKind.Postal).Select(k => (Channel: k, Mode: (KeywordSyntax?)null))
            .Or(from online in Kw(TokenKind.Online)
                from mode in AnyOf(TokenKind.Full, TokenKind.Partial)
                select (Channel: online, Mode: (KeywordSyntax?)mode))
        from limit in Kw(TokenKind.Within).IgnoreThen(TimeLimit).Maybe()
        from fee in Kw(TokenKind.Fee).IgnoreThen(
                from amount in FeeAmount
                from note in QuotedText.Maybe()
                select (amount, note))
            .Select(f => ((NumberLiteral, Quoted?)?)f).OptionalOrDefault()
        select (LineSyntax)new ChannelLine(kind.Channel, kind.Mode, limit, fee?.Item1, fee?.Item2, default);

    // ---- documents ----
    public static readonly TokenListParser<TokenKind, LineSyntax> CaseLine =
        from keyword in Kw(TokenKind.Case)
        from name in QuotedText
        from when in Kw(TokenKind.When).IgnoreThen(ConditionText).Maybe()
        select (LineSyntax)new CaseLine(name, when, default);

    static readonly TokenListParser<TokenKind, DocumentModifier> DocumentModifier =
        (from keyword in Kw(TokenKind.Form) from form in QuotedText select (DocumentModifier)new FormModifier(keyword, form))
        .Or(from count in Number
            from keyword in AnyOf(TokenKind.Originals, TokenKind.Original, TokenKind.Copies, TokenKind.Copy, TokenKind.CertifiedCopies, TokenKind.CertifiedCopy)
            select (DocumentModifier)new CountModifier(keyword, count))
        .Or(Kw(TokenKind.Optional).Select(k => (DocumentModifier)new OptionalModifier(k)))
        .Or(from keyword in Kw(TokenKind.When) from condition in ConditionText select (DocumentModifier)new WhenModifier(keyword, condition))
        .Or(from keyword in Kw(TokenKind.IssuedWithin) from limit in TimeLimit select (DocumentModifier)new IssuedWithinModifier(keyword, limit))
        .Or(AnyOf(TokenKind.ConsularLegalisation, TokenKind.CertifiedTranslation, TokenKind.ElectronicAccepted)
            .Select(k => (DocumentModifier)new PropertyModifier(k)))
        .Or(from keyword in Kw(TokenKind.LookedUpIn) from database in QuotedText select (DocumentModifier)new LookedUpModifier(keyword, database))
        .Or(from keyword in Kw(TokenKind.Of) from person in QuotedText select (DocumentModifier)new AboutModifier(keyword, person));

    /// <summary>A "one of" line says whether the choice is optional and when it applies; counts and properties go on its alternatives.</summary>
    static readonly TokenListParser<TokenKind, DocumentModifier> ChoiceModifier =
        Kw(TokenKind.Optional).Select(k => (DocumentModifier)new OptionalModifier(k))
        .Or(from keyword in Kw(TokenKind.When) from condition in ConditionText select (DocumentModifier)new WhenModifier(keyword, condition));

    public static readonly TokenListParser<TokenKind, LineSyntax> OneOfDocumentLine =
        from keyword in Kw(TokenKind.OneOf)
        from id in Identifier.Maybe()
        from name in QuotedText
        from modifiers in ChoiceModifier.Many()
        select (LineSyntax)new DocumentLine(id, name, modifiers, default);

    public static readonly TokenListParser<TokenKind, LineSyntax> LocalDocumentLine =
        from id in Identifier
        from name in QuotedText
        from modifiers in DocumentModifier.Many()
        select (LineSyntax)new DocumentLine(id, name, modifiers, default);

    public static readonly TokenListParser<TokenKind, LineSyntax> SharedDocumentLine =
        from name in QuotedText
        from modifiers in DocumentModifier.Many()
        select (LineSyntax)new DocumentLine(null, name, modifiers, default);

    // ---- steps ----
    static readonly TokenListParser<TokenKind, StepClause> StepClause =
        (from keyword in Kw(TokenKind.By)
         from who in Kw(TokenKind.OneStop).Select(k => (k, (Quoted?)null, (KeywordSyntax?)null))
             .Or(Kw(TokenKind.Applicant).Select(k => ((KeywordSyntax)null!, (Quoted?)null, (KeywordSyntax?)k)))
             .Or(from party in Kw(TokenKind.Party) from name in QuotedText select ((KeywordSyntax)null!, (Quoted?)name, (KeywordSyntax?)party))
             .Or(QuotedText.Select(q => ((KeywordSyntax)null!, (Quoted?)q, (KeywordSyntax?)null)))
         select (StepClause)new ByClause(keyword, who.Item1, who.Item2) { Performer = who.Item3 })
        .Or(from keyword in Kw(TokenKind.Within) from limit in AnchoredLimit select (StepClause)new WithinClause(keyword, limit))
        .Or(from keyword in Kw(TokenKind.If) from condition in ConditionText select (StepClause)new IfClause(keyword, condition))
        .Or(from keyword in Kw(TokenKind.To) from agency in QuotedText select (StepClause)new ToClause(keyword, agency));

    /// <summary>The kinds of step, in the order messages list them.</summary>
    public static readonly TokenKind[] StepKinds =
    [
        TokenKind.Receive, TokenKind.Step, TokenKind.Await, TokenKind.Consult, TokenKind.Route, TokenKind.Forward, TokenKind.Transfer, TokenKind.Post,
        TokenKind.Branch, TokenKind.Notify, TokenKind.Return,
    ];

    public static readonly TokenListParser<TokenKind, LineSyntax> StepLine =
        from kind in AnyOf(StepKinds)
        from id in Identifier
        from title in QuotedText
        from clauses in StepClause.Many()
        select (LineSyntax)new StepLine(kind, id, title, clauses, default);

    public static readonly TokenListParser<TokenKind, LineSyntax> WithLine =
        from keyword in Kw(TokenKind.With)
        from agency in QuotedText
        from limit in Kw(TokenKind.Within).IgnoreThen(TimeLimit).Maybe()
        select (LineSyntax)new WithLine(agency, limit, default);

    public static readonly TokenListParser<TokenKind, LineSyntax> ToLine =
        from keyword in Kw(TokenKind.To)
        from agency in QuotedText
        from task in QuotedText.Maybe()
        from limit in Kw(TokenKind.Within).IgnoreThen(TimeLimit).Maybe()
        select (LineSyntax)new ToLine(agency, task, limit, default);

    static readonly TokenListParser<TokenKind, Name> OutcomeName =
        Identifier.Select(w => new Name(w, null))
            .Or(AnyOf(TokenKind.Yes, TokenKind.No, TokenKind.Complaint, TokenKind.Silence).Select(k => new Name(null, k)));

    static readonly TokenListParser<TokenKind, Name> OutcomeTarget =
        Identifier.Select(w => new Name(w, null))
            .Or(AnyOf(TokenKind.RequestCompletion, TokenKind.Refuse, TokenKind.ReturnDossier).Select(k => new Name(null, k)));

    public static readonly TokenListParser<TokenKind, LineSyntax> OutcomeLine =
        from outcome in OutcomeName
        from arrow in Token.EqualTo(TokenKind.Arrow)
        from target in OutcomeTarget
        from limit in Kw(TokenKind.Within).IgnoreThen(TimeLimit).Maybe()
        select (LineSyntax)new OutcomeLine(outcome, target, default) { Limit = limit };

    public static readonly TokenListParser<TokenKind, LineSyntax> PhaseLine =
        from keyword in Kw(TokenKind.Phase)
        from id in Identifier
        from title in QuotedText
        from limit in Kw(TokenKind.Within).IgnoreThen(AnchoredLimit).Maybe()
        from result in Kw(TokenKind.Result).IgnoreThen(QuotedText).Maybe()
        select (LineSyntax)new PhaseLine(id, title, limit, result, default);

    // ---- dossier data ----
    public static readonly TokenListParser<TokenKind, LineSyntax> DataLine =
        Kw(TokenKind.Data).Select(_ => (LineSyntax)new DataLine(default));

    /// <summary>A field's C# name; a word that is also a keyword (Date, Money) still names a field at the start of a data line.</summary>
    static readonly TokenListParser<TokenKind, Word> FieldName =
        Token.Matching<TokenKind>(k => k == TokenKind.Identifier || KeywordTable.IsKeyword(k), "identifier")
            .Select(t => new Word(t.ToStringValue(), t.ToSpan()));

    static readonly TokenListParser<TokenKind, DataTypeSyntax> DataType =
        AnyOf(TokenKind.TextType, TokenKind.WholeNumberType, TokenKind.DecimalType, TokenKind.MoneyType, TokenKind.YesNoType, TokenKind.DateType)
            .Select(k => new DataTypeSyntax(k, [], k.Span))
        .Or(from kind in AnyOf(TokenKind.OneOf, TokenKind.ListOf)
            from values in QuotedText.AtLeastOnceDelimitedBy(Token.EqualTo(TokenKind.Comma))
            select new DataTypeSyntax(kind, values, SourceSpan.Cover(kind.Span, values[^1].Span)));

    public static readonly TokenListParser<TokenKind, LineSyntax> DataFieldLine =
        from name in FieldName
        from label in QuotedText
        from type in DataType
        from requirement in AnyOf(TokenKind.Required, TokenKind.Optional).Maybe()
        from help in Kw(TokenKind.Help).IgnoreThen(QuotedText).Maybe()
        select (LineSyntax)new DataFieldLine(name, label, type, requirement, help, default);

    public static readonly TokenListParser<TokenKind, LineSyntax> UseLine =
        Kw(TokenKind.Use).IgnoreThen(Identifier).Select(set => (LineSyntax)new UseLine(set, default));

    // ---- shared catalogues ----
    public static readonly TokenListParser<TokenKind, LineSyntax> FieldSetDeclarationLine =
        from keyword in Kw(TokenKind.FieldSet)
        from id in Identifier
        from name in QuotedText
        select (LineSyntax)new FieldSetDeclarationLine(id, name, default);

    public static readonly TokenListParser<TokenKind, LineSyntax> AgencyDeclarationLine =
        from keyword in Kw(TokenKind.Agency)
        from name in QuotedText
        from code in Kw(TokenKind.Code).IgnoreThen(QuotedText).Maybe()
        from level in Kw(TokenKind.Level).IgnoreThen(LevelValue).Maybe()
        select (LineSyntax)new AgencyDeclarationLine(name, code, level, default);

    public static readonly TokenListParser<TokenKind, LineSyntax> UnitDeclarationLine =
        Kw(TokenKind.Unit).IgnoreThen(QuotedText).Select(q => (LineSyntax)new UnitDeclarationLine(q, default));

    public static readonly TokenListParser<TokenKind, LineSyntax> DocumentDeclarationLine =
        from keyword in Kw(TokenKind.Document)
        from id in Identifier
        from name in QuotedText
        from modifiers in DocumentModifier.Many()
        select (LineSyntax)new DocumentDeclarationLine(id, name, modifiers, default);

    public static readonly TokenListParser<TokenKind, LineSyntax> SubjectDeclarationLine =
        from keyword in Kw(TokenKind.Subject)
        from code in Identifier
        from name in QuotedText
        select (LineSyntax)new SubjectDeclarationLine(code, name, default);

    /// <summary>An optional part: its value, or null when it is absent (and nothing was consumed).</summary>
    static TokenListParser<TokenKind, T?> Maybe<T>(this TokenListParser<TokenKind, T> parser) where T : class =>
        parser.Select(value => (T?)value).OptionalOrDefault();

    public static SourceSpan ToSpan(this Token<TokenKind> token) =>
        new(token.Span.Position.Absolute, token.Span.Length, token.Span.Position.Line, token.Span.Position.Column);

    static string Unescape(TextSpan span)
    {
        var raw = span.ToStringValue();
        var body = raw.Length >= 2 ? raw[1..^1] : "";
        return body.Contains('\\') ? body.Replace("\\\"", "\"").Replace("\\\\", "\\") : body;
    }
}
