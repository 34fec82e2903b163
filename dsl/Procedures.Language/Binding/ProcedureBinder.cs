using System.Text.RegularExpressions;
using Procedures.Calendar;
using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax;
using Procedures.Language.Syntax.Nodes;

namespace Procedures.Language.Binding;

/// <summary>Binds one procedure's facts and documents against the catalogue; its steps are bound by <see cref="StepsBinder"/>.</summary>
sealed partial class ProcedureBinder(FileSyntax file, ProcedureSyntax syntax, Catalogue catalogue, DiagnosticBag bag)
{
    readonly Literals literals = new(bag);
    readonly KeywordTable keywords = KeywordTable.Instance;
    bool Vi => file.Language == KeywordLanguage.Vietnamese;

    [GeneratedRegex(@"^\d\.\d{6}$")]
    private static partial Regex ProcedureCode();

    public BoundProcedure Bind()
    {
        var header = syntax.Header;
        if (!ProcedureCode().IsMatch(header.Code.Text))
            bag.Add(DiagnosticCatalogue.MalformedCode, header.Code.Span, header.Code.Text);

        var facts = syntax.Clauses;
        CheckRepeats(facts);

        var field = Single<FieldLine>(facts)?.Field.Value;
        var levels = Single<LevelLine>(facts)?.Levels.Select(l => Levels.From(l)!.Value).Distinct().ToArray() ?? [];
        var agencyLine = Single<AgencyLine>(facts);
        var (agency, choices) = Agencies(facts.OfType<AgencyLine>().ToArray());
        var receiving = Receiving(Single<ReceivingAgencyLine>(facts), agency, choices);
        var startedByAgency = Single<StartedByAgencyLine>(facts) is not null;
        var coordinating = (Single<CoordinatingLine>(facts)?.Agencies ?? []).Select(a => catalogue.Agency(a, bag)).OfType<BoundAgency>().ToArray();
        var applicants = (Single<ApplicantsLine>(facts)?.Subjects ?? []).Select(Subject).OfType<BoundSubject>().ToArray();
        var deadlineLine = Single<DeadlineLine>(facts);
        var deadline = literals.ProcessingLimit(deadlineLine?.Limit);
        var results = facts.OfType<ResultLine>().Select(Result).ToArray();
        var result = results.FirstOrDefault()?.Title;
        var basis = facts.OfType<BasisLine>().Select(b => new BoundLegalBasis(b.DocumentCode.Value, b.DocumentName.Value, b.Article?.Value)).ToArray();
        var published = Single<PublishedLine>(facts) is { } p ? new BoundPublication(p.Decision.Value, literals.Date(p.Date)) : null;
        var effective = literals.Date(Single<EffectiveLine>(facts)?.Date);
        var abolition = Abolition(Single<AbolishedLine>(facts));
        if (effective is { } from && abolition is { } until && from > until.Date)
            bag.Add(DiagnosticCatalogue.EffectiveAfterAbolished, Single<EffectiveLine>(facts)!.Date.Span,
                from.ToString("yyyy-MM-dd", null), until.Date.ToString("yyyy-MM-dd", null));
        var channels = Channels(facts, deadline);

        RequireFact(field, TokenKind.Field, Vi ? "lĩnh vực" : "field");
        RequireFact(levels.Length > 0 ? levels : null, TokenKind.Level, Vi ? "cấp thực hiện" : "level");
        RequireFact(agencyLine, TokenKind.Agency, Vi ? "cơ quan thực hiện" : "executing agency");
        // A procedure its agency starts itself has no applicant and takes no submission: who may apply and how are not asked.
        if (!startedByAgency)
        {
            RequireFact(Single<ApplicantsLine>(facts), TokenKind.Applicants, Vi ? "đối tượng thực hiện" : "applicants");
            RequireFact(channels.Count > 0 ? channels : null, TokenKind.Channel, Vi ? "cách thức thực hiện" : "channels");
        }
        RequireFact(Single<DeadlineLine>(facts), TokenKind.Deadline, Vi ? "thời hạn giải quyết" : "deadline");
        RequireFact(result, TokenKind.Result, Vi ? "kết quả" : "result");
        RequireFact(basis.Length > 0 ? basis : null, TokenKind.Basis, Vi ? "căn cứ pháp lý" : "legal basis");
        RequireFact(syntax.Documents, TokenKind.Documents, Vi ? "thành phần hồ sơ" : "documents");

        var executing = agency ?? new BoundAgency(agencyLine?.Agency.Value ?? "", null, null);
        var (common, cases) = Documents(syntax.Documents);
        var roles = new AgencyRoles(executing, choices.Select(c => c.Agency).ToArray(), receiving, startedByAgency);
        var steps = new StepsBinder(file, syntax, catalogue, executing, coordinating, deadline, deadlineLine, bag, literals, roles).Bind();

        var data = DataBinder.Procedure(syntax.Data, catalogue, file, bag);
        var fees = facts.OfType<FeeLine>().Select(Fee).ToArray();
        if (fees.Length > 0)
            foreach (var channel in facts.OfType<ChannelLine>().Where(c => c.Fee is not null))
                bag.Add(DiagnosticCatalogue.FeesTwoWays, channel.Fee!.Span, keywords.Spell(TokenKind.Fee, file.Language), string.Join(' ',
                    new[] { channel.Channel, channel.Mode }.OfType<KeywordSyntax>().Select(k => keywords.Spell(k.Kind, file.Language))));

        return new BoundProcedure(header.Code.Text, header.Name.Value, field ?? "", levels, executing, coordinating, applicants,
            channels, deadline, result ?? "", basis, published, effective, abolition, common, cases, steps.Steps, file.Source.Path, header.Span)
        {
            Data = data,
            Results = results,
            RefusalResult = Single<RefusalResultLine>(facts) is { } refusal ? new BoundResult(refusal.Title.Value, refusal.Form?.Value, null, null) : null,
            Requirements = [.. (syntax.Requirements?.Requirements ?? []).Select(Requirement)],
            Windows = [.. Windows(facts, data, startedByAgency)],
            Fees = fees,
            Payments = [.. facts.OfType<PaymentLine>().Select(line => Payment(line, steps.Phases))],
            Duties = [.. facts.OfType<DutyLine>().Select(d => new BoundDuty(d.Text.Value, Link(d.Procedure)))],
            Completion = CompletionRulesBinder.Bind(facts, basis, steps.Steps, file.Language, bag),
            AgencyChoices = choices,
            ReceivingAgency = receiving,
            StartedByAgency = startedByAgency,
            DeadlineFrom = steps.DeadlineFrom,
            Phases = steps.Phases,
        };
    }

    BoundResult Result(ResultLine line) =>
        new(line.Result.Value, line.Form?.Value, literals.Period(line.ValidFor, PeriodUse.Validity), Link(line.Procedure));

    /// <summary>A code of another procedure: checked for form here (PRC2013); whether the compilation holds it, by the compilation.</summary>
    BoundLink? Link(NumberLiteral? code)
    {
        if (code is null)
            return null;
        if (!ProcedureCode().IsMatch(code.Text))
        {
            bag.Add(DiagnosticCatalogue.MalformedCode, code.Span, code.Text);
            return null;
        }
        return new BoundLink(code.Text, code.Span);
    }

    BoundCondition? Condition(Condition? condition)
    {
        if (condition is null)
            return null;
        if (string.IsNullOrWhiteSpace(condition.Code))
            bag.Add(DiagnosticCatalogue.EmptyCondition, condition.Span);
        return BoundCondition.Of(condition);
    }

    BoundRequirement Requirement(RequirementLine line) => new(line.Text.Value, Condition(line.Check));

    BoundFee Fee(FeeLine line) => new(literals.Fee(line.Amount) ?? 0, line.Item.Value, Condition(line.When));

    /// <summary>A payment made in a phase names one of the steps' phases (PRC2078).</summary>
    BoundPayment Payment(PaymentLine line, IReadOnlyList<BoundPhase> phases)
    {
        if (line.Phase is { } phase && phases.All(p => p.Id != phase.Text))
            bag.Add(DiagnosticCatalogue.PaymentPhaseUnknown, phase.Span, line.Title.Value, phase.Text);
        return new(line.Title.Value, literals.Fee(line.Amount), line.AmountText?.Value, Condition(line.When), line.Phase?.Text);
    }

    /// <summary>The applicant's windows; a procedure its agency starts itself has no applicant to give one (PRC2077).</summary>
    IEnumerable<BoundWindow> Windows(IReadOnlyList<LineSyntax> facts, IReadOnlyList<BoundDataField> data, bool startedByAgency)
    {
        foreach (var line in facts.OfType<ApplyLine>())
        {
            if (startedByAgency)
                bag.Add(DiagnosticCatalogue.WindowInAgencyStarted, line.Span);
            else if (Window(line, data) is { } window)
                yield return window;
        }
    }

    /// <summary>The window's field must be a date field of the dossier's data (PRC2070, PRC2071).</summary>
    BoundWindow? Window(ApplyLine line, IReadOnlyList<BoundDataField> data)
    {
        var period = literals.Period(line.Period, PeriodUse.Window);
        var name = line.Field.Code.Trim();
        var at = BoundCondition.Of(line.Field).Span;
        var field = data.FirstOrDefault(f => f.Name == name);
        if (field is null)
        {
            bag.Add(DiagnosticCatalogue.WindowFieldUnknown, at, name,
                Names.DidYouMean(name, data.Where(f => f.Type == Workflows.Facts.DataType.Date).Select(f => f.Name), file.Language));
            return null;
        }
        if (field.Type != Workflows.Facts.DataType.Date)
        {
            bag.Add(DiagnosticCatalogue.WindowFieldNotDate, at, name, TypeWords(field.Type));
            return null;
        }
        var kind = line.Kind.Kind switch
        {
            TokenKind.Within => Workflows.Facts.ApplicantWindowKind.Within,
            TokenKind.BeforeOrAfter => Workflows.Facts.ApplicantWindowKind.BeforeOrAfter,
            _ => Workflows.Facts.ApplicantWindowKind.AtLeastBefore,
        };
        var condition = Condition(line.When);
        return period is { } p ? new BoundWindow(kind, p, name, condition, line.LateAccepted is not null) : null;
    }

    /// <summary>A data field's type as the window's message names it.</summary>
    string TypeWords(Workflows.Facts.DataType type) => (type, Vi) switch
    {
        (Workflows.Facts.DataType.Text, false) => "text",
        (Workflows.Facts.DataType.Text, true) => "văn bản",
        (Workflows.Facts.DataType.WholeNumber, false) => "a whole number",
        (Workflows.Facts.DataType.WholeNumber, true) => "số nguyên",
        (Workflows.Facts.DataType.Decimal, false) => "a decimal number",
        (Workflows.Facts.DataType.Decimal, true) => "số thập phân",
        (Workflows.Facts.DataType.Money, false) => "an amount of money",
        (Workflows.Facts.DataType.Money, true) => "số tiền",
        (Workflows.Facts.DataType.YesNo, false) => "yes or no",
        (Workflows.Facts.DataType.YesNo, true) => "có hoặc không",
        (Workflows.Facts.DataType.OneOf, false) => "one of a list of values",
        (Workflows.Facts.DataType.OneOf, true) => "một trong các giá trị",
        (_, false) => "a list of values",
        _ => "danh sách giá trị",
    };

    /// <summary>
    /// The executing agency, and every agency with its condition when there are several or one has a condition: the
    /// first whose condition holds takes a dossier, so a line after one without a condition is never chosen (PRC2055).
    /// The executing agency named in the facts is the one without a condition (the default), else the first.
    /// </summary>
    (BoundAgency? Executing, IReadOnlyList<BoundAgencyChoice> Choices) Agencies(IReadOnlyList<AgencyLine> lines)
    {
        var bound = new List<BoundAgencyChoice>();
        var unconditional = false;
        foreach (var line in lines)
        {
            if (unconditional)
                bag.Add(DiagnosticCatalogue.AgencyNeverChosen, line.Agency.Span, line.Agency.Value);
            if (line.When is { } when && string.IsNullOrWhiteSpace(when.Code))
                bag.Add(DiagnosticCatalogue.EmptyCondition, when.Span);
            unconditional |= line.When is null;
            if (catalogue.Agency(line.Agency, bag) is { } agency)
                bound.Add(new BoundAgencyChoice(agency, line.When is { } w ? BoundCondition.Of(w) : null));
        }
        var executing = bound.FirstOrDefault(c => c.Condition is null)?.Agency ?? bound.FirstOrDefault()?.Agency;
        var choices = lines.Count > 1 || lines.Any(l => l.When is not null) ? bound : [];
        return (executing, choices);
    }

    /// <summary>The receiving agency; the executing agency named again is only a warning (PRC2061).</summary>
    BoundAgency? Receiving(ReceivingAgencyLine? line, BoundAgency? executing, IReadOnlyList<BoundAgencyChoice> choices)
    {
        if (line is null || catalogue.Agency(line.Agency, bag) is not { } receiving)
            return null;
        if (choices.Count == 0 && executing is not null && Names.Key(executing.Name) == Names.Key(receiving.Name))
        {
            bag.Add(DiagnosticCatalogue.ReceivingIsExecuting, line.Agency.Span, receiving.Name);
            return null;
        }
        return receiving;
    }

    T? Single<T>(IReadOnlyList<LineSyntax> facts) where T : LineSyntax => facts.OfType<T>().FirstOrDefault();

    void CheckRepeats(IReadOnlyList<LineSyntax> facts)
    {
        foreach (var group in facts.Where(f => !LineKinds.Repeats(f)).GroupBy(f => f.Lead!.Kind))
            foreach (var repeat in group.Skip(1))
                bag.Add(DiagnosticCatalogue.RepeatedFact, repeat.Span, keywords.Spell(repeat.Lead!.Kind, file.Language));
    }

    void RequireFact(object? value, TokenKind keyword, string what)
    {
        // A fact whose line did not parse has been reported there; calling it missing too would mislead.
        if (value is null && !syntax.BrokenFacts.Contains(keyword))
            bag.Add(DiagnosticCatalogue.MissingFact, syntax.Header.Span, syntax.Header.Code.Text, what, keywords.Spell(keyword, file.Language));
    }


    BoundSubject? Subject(Word code)
    {
        if (catalogue.Subjects.TryGetValue(Names.Key(code.Text), out var subject))
            return subject;
        bag.Add(DiagnosticCatalogue.UnknownSubject, code.Span, code.Text,
            Names.DidYouMean(code.Text, catalogue.Subjects.Values.Select(s => s.Code), file.Language));
        return null;
    }

    BoundAbolition? Abolition(AbolishedLine? line)
    {
        if (line is null || literals.Date(line.Date) is not { } date)
            return null;
        if (line.Decision is null)
            bag.Add(DiagnosticCatalogue.MissingAbolitionDecision, line.Date.Span, line.Date.Text);
        return new BoundAbolition(date, line.Decision?.Value);
    }

    IReadOnlyList<BoundChannel> Channels(IReadOnlyList<LineSyntax> facts, TimeLimit? deadline)
    {
        var channels = new List<BoundChannel>();
        foreach (var line in facts.OfType<ChannelLine>())
        {
            var kind = (line.Channel.Kind, line.Mode?.Kind) switch
            {
                (TokenKind.InPerson, _) => ChannelKind.InPerson,
                (TokenKind.Postal, _) => ChannelKind.Postal,
                (_, TokenKind.Full) => ChannelKind.OnlineFull,
                _ => ChannelKind.OnlinePartial,
            };
            var limit = literals.ProcessingLimit(line.Limit) ?? deadline;
            var fee = literals.Fee(line.Fee);
            if (channels.Any(c => c.Kind == kind))
            {
                bag.Add(DiagnosticCatalogue.DuplicateChannel, line.Channel.Span, string.Join(' ',
                    new[] { line.Channel, line.Mode }.OfType<KeywordSyntax>().Select(k => keywords.Spell(k.Kind, file.Language))));
                continue;
            }
            channels.Add(new BoundChannel(kind, limit, fee, line.FeeNote?.Value));
        }
        return channels;
    }

    (IReadOnlyList<BoundDocument>, IReadOnlyList<BoundCase>) Documents(DocumentsSyntax? documents)
    {
        if (documents is null)
            return ([], []);
        var common = DocumentList(documents.Common, []);
        var cases = new List<BoundCase>();
        var caseNames = new Dictionary<string, string>();
        foreach (var @case in documents.Cases)
        {
            var name = @case.Line.Name;
            if (caseNames.TryGetValue(Names.Key(name.Value), out var first))
                bag.Add(DiagnosticCatalogue.DuplicateId, name.Span, Vi ? "trường hợp" : "case", name.Value, first);
            else
                caseNames[Names.Key(name.Value)] = CatalogueBinder.Where(file, name.Span);
            if (@case.Line.When is { } when && string.IsNullOrWhiteSpace(when.Code))
                bag.Add(DiagnosticCatalogue.EmptyCondition, when.Span);
            cases.Add(new BoundCase(name.Value, @case.Line.When is { } w ? BoundCondition.Of(w) : null, DocumentList(@case.Documents, common)));
        }
        return (common, cases);
    }

    IReadOnlyList<BoundDocument> DocumentList(IReadOnlyList<DocumentLine> lines, IReadOnlyList<BoundDocument> common)
    {
        var ids = new Dictionary<string, string>();
        foreach (var id in common.SelectMany(d => d.WithAlternatives()))
            ids[id.Id] = "";
        return Documents(lines, ids);
    }

    /// <summary>The documents of one list; every id (alternatives' too) is unique in the checklist, kept in <paramref name="ids"/>.</summary>
    List<BoundDocument> Documents(IReadOnlyList<DocumentLine> lines, Dictionary<string, string> ids)
    {
        var result = new List<BoundDocument>();
        foreach (var line in lines)
        {
            BoundDocument? document;
            SpanAndText id;
            if (line.IsOneOf)
            {
                document = DocumentBinder.Choice(line, bag);
                var at = line.Id?.Span ?? line.Name.Span;
                id = new(document.Id, CatalogueBinder.Where(file, at), at, line.Id?.Text ?? line.Name.Value);
            }
            else if (line.Id is { } local)
            {
                document = DocumentBinder.Bind(local.Text, line.Name, line.Modifiers, shared: false, bag, literals);
                id = new(local.Text, CatalogueBinder.Where(file, local.Span), local.Span, local.Text);
            }
            else if (catalogue.DocumentsByName.TryGetValue(Names.Key(line.Name.Value), out var shared))
            {
                // The procedure's own numbers of sets replace the catalogue's; without any, the catalogue's stand.
                var start = line.Modifiers.Any(m => m is CountModifier) ? shared with { Originals = 0, Copies = 0, CertifiedCopies = 0 } : shared;
                document = DocumentBinder.Apply(start, line.Name, line.Modifiers, bag, literals);
                id = new(shared.Id, CatalogueBinder.Where(file, line.Name.Span), line.Name.Span, line.Name.Value);
            }
            else
            {
                bag.Add(DiagnosticCatalogue.UnknownDocument, line.Name.Span, line.Name.Value,
                    Names.DidYouMean(line.Name.Value, catalogue.DocumentsByName.Values.Select(d => d.Name), file.Language));
                continue;
            }
            if (ids.TryGetValue(id.Text, out var first))
            {
                bag.Add(DiagnosticCatalogue.DuplicateId, id.Span, Vi ? "giấy tờ" : "document", id.Label,
                    first.Length > 0 ? first : (Vi ? "phần chung" : "the common documents"));
                continue;
            }
            ids[id.Text] = id.Where;
            if (line.IsOneOf)
            {
                var alternatives = Documents(line.Alternatives, ids);
                if (line.Alternatives.Count < 2)
                    bag.Add(DiagnosticCatalogue.ChoiceTooFew, line.Name.Span, keywords.Spell(TokenKind.OneOf, file.Language), line.Name.Value,
                        line.Alternatives.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                document = document with { Alternatives = alternatives };
            }
            result.Add(document);
        }
        return result;
    }

    /// <summary>A document's key in its checklist (its id), where it stands, and how the file wrote it.</summary>
    readonly record struct SpanAndText(string Text, string Where, Text.SourceSpan Span, string Label);
}
