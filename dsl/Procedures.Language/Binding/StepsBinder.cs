using Procedures.Calendar;
using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax;
using Procedures.Language.Syntax.Nodes;

namespace Procedures.Language.Binding;

/// <summary>The steps as bound, their phases and the step the procedure's deadline is counted from.</summary>
sealed record BoundSteps(IReadOnlyList<BoundStep> Steps, IReadOnlyList<BoundPhase> Phases, BoundAnchor? DeadlineFrom);

/// <summary>
/// Binds the steps: who does each, within what time (and from which step), where its outcomes lead; groups them in
/// phases; then checks the flow as a whole.
/// </summary>
sealed class StepsBinder(
    FileSyntax file, ProcedureSyntax syntax, Catalogue catalogue, BoundAgency executing, IReadOnlyList<BoundAgency> coordinating,
    TimeLimit? deadline, DeadlineLine? deadlineLine, DiagnosticBag bag, Literals literals, AgencyRoles roles)
{
    readonly KeywordTable keywords = KeywordTable.Instance;
    bool Vi => file.Language == KeywordLanguage.Vietnamese;
    string Spell(TokenKind kind) => keywords.Spell(kind, file.Language);

    public BoundSteps Bind()
    {
        var stepSyntax = syntax.Steps?.Steps ?? [];
        var ids = new Dictionary<string, string>();
        foreach (var step in stepSyntax)
        {
            var id = step.Line.Id;
            if (ids.TryGetValue(id.Text, out var first))
                bag.Add(DiagnosticCatalogue.DuplicateId, id.Span, Vi ? "bước" : "step", id.Text, first);
            else
                ids[id.Text] = CatalogueBinder.Where(file, id.Span);
        }

        var steps = new List<BoundStep>();
        for (var i = 0; i < stepSyntax.Count; i++)
            steps.Add(Step(stepSyntax[i], i + 1 < stepSyntax.Count ? stepSyntax[i + 1].Line.Id.Text : null, ids.Keys));
        steps = RecordedBy(steps);

        // A procedure its agency starts itself has no receipt: nobody submits a dossier (PRC2059).
        if (roles.StartedByAgency)
            foreach (var receipt in steps.Where(s => s.Kind == StepKind.Receive))
                bag.Add(DiagnosticCatalogue.ReceiptInAgencyStarted, receipt.Span);
        var phases = Phases(steps, ids.Keys);
        var deadlineFrom = Anchor(deadlineLine?.Limit.From, ids.Keys);

        // A step line that did not parse has been reported; checking the flow without it would only add false alarms.
        if (syntax.Steps is { BrokenLines: 0 } block)
        {
            if (!roles.StartedByAgency && (steps.Count == 0 || steps[0].Kind != StepKind.Receive))
                bag.Add(DiagnosticCatalogue.MissingReceipt, steps.Count > 0 ? steps[0].Span : block.Line.Span, Spell(TokenKind.Receive));
            if (!steps.Any(s => s.Kind == StepKind.Return))
                bag.Add(DiagnosticCatalogue.MissingReturn, steps.Count > 0 ? steps[^1].Span : block.Line.Span, Spell(TokenKind.Return));
            else
                new StepFlow(steps, phases).Check(bag, new StepFlow.Deadline(deadline, deadlineFrom, deadlineLine?.Span), file.Language);
        }
        else if (syntax.Steps is null && !syntax.BrokenFacts.Contains(TokenKind.Steps))
        {
            bag.Add(DiagnosticCatalogue.MissingFact, syntax.Header.Span, syntax.Header.Code.Text, Vi ? "trình tự thực hiện" : "steps", Spell(TokenKind.Steps));
        }
        return new BoundSteps(steps, phases, deadlineFrom);
    }

    /// <summary>The step a limit is counted from, if the file names one it has (an unknown one is reported, PRC2007).</summary>
    BoundAnchor? Anchor(Word? from, IEnumerable<string> stepIds)
    {
        if (from is null || syntax.Steps is not { } block || block.BrokenIds.Contains(from.Text))
            return null;
        if (stepIds.Contains(from.Text))
            return new BoundAnchor(from.Text, from.Span);
        bag.Add(DiagnosticCatalogue.UnknownStep, from.Span, from.Text, Names.DidYouMean(from.Text, stepIds, file.Language));
        return null;
    }

    /// <summary>
    /// The phases in file order, each with its steps: those after its line up to the next phase line, and for the first
    /// phase also those before it. Each step is given its phase.
    /// </summary>
    List<BoundPhase> Phases(List<BoundStep> steps, IEnumerable<string> stepIds)
    {
        var lines = syntax.Steps?.Phases ?? [];
        var phases = new List<BoundPhase>();
        var ids = new Dictionary<string, string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Line;
            var first = i == 0 ? 0 : lines[i].FirstStep;
            var end = i + 1 < lines.Count ? lines[i + 1].FirstStep : steps.Count;
            var members = steps.Skip(first).Take(Math.Max(0, end - first)).Select(s => s.Id).ToArray();
            if (ids.TryGetValue(line.Id.Text, out var where))
                bag.Add(DiagnosticCatalogue.DuplicateId, line.Id.Span, Vi ? "giai đoạn" : "phase", line.Id.Text, where);
            else
                ids[line.Id.Text] = CatalogueBinder.Where(file, line.Id.Span);
            if (line.Limit is null)
                bag.Add(DiagnosticCatalogue.PhaseWithoutLimit, line.Id.Span, line.Id.Text, Spell(TokenKind.Within));
            if (members.Length == 0)
                bag.Add(DiagnosticCatalogue.EmptyPhase, line.Id.Span, line.Id.Text);
            phases.Add(new BoundPhase(line.Id.Text, line.Title.Value, literals.ProcessingLimit(line.Limit), Anchor(line.Limit?.From, stepIds),
                line.Result?.Value, members, line.Span));
            for (var s = first; s < end; s++)
                steps[s] = steps[s] with { Phase = line.Id.Text };
        }
        return phases;
    }

    BoundStep Step(StepSyntax step, string? next, IEnumerable<string> stepIds)
    {
        var line = step.Line;
        var kind = line.Kind.Kind switch
        {
            TokenKind.Receive => StepKind.Receive,
            TokenKind.Await => StepKind.Await,
            TokenKind.Consult => StepKind.Consult,
            TokenKind.Route => StepKind.Route,
            TokenKind.Forward => StepKind.Forward,
            TokenKind.Post => StepKind.Post,
            TokenKind.Branch => StepKind.Branch,
            TokenKind.Return => StepKind.Return,
            TokenKind.Transfer => StepKind.Transfer,
            TokenKind.Notify => StepKind.Notify,
            _ => StepKind.Task,
        };
        var kindWord = Spell(line.Kind.Kind);

        var seen = new HashSet<TokenKind>();
        BoundUnit? responsible = null;
        TimeLimit? limit = null;
        BoundAnchor? limitFrom = null;
        BoundCondition? condition = null;
        BoundAgency? forwardTo = null;
        var hasForwardTarget = false;
        foreach (var clause in line.Clauses)
        {
            if (!seen.Add(clause.Keyword.Kind))
            {
                bag.Add(DiagnosticCatalogue.RepeatedFact, clause.Keyword.Span, Spell(clause.Keyword.Kind));
                continue;
            }
            var fits = clause switch
            {
                IfClause => kind == StepKind.Branch,
                ToClause => kind is StepKind.Forward or StepKind.Transfer or StepKind.Notify,
                WithinClause => kind is not (StepKind.Branch or StepKind.Notify),
                ByClause => kind != StepKind.Branch,
                _ => true,
            };
            if (!fits)
            {
                bag.Add(DiagnosticCatalogue.ClauseNotAllowed, clause.Keyword.Span, Spell(clause.Keyword.Kind), kindWord);
                continue;
            }
            switch (clause)
            {
                case ByClause { Performer: { Kind: TokenKind.Applicant } } when kind == StepKind.Await:
                    responsible = new BoundUnit(ApplicantName, "", false) { Performer = Performer.Applicant };
                    break;
                case ByClause { Performer: { } performer } by:
                    if (kind != StepKind.Task)
                    {
                        bag.Add(DiagnosticCatalogue.PerformerNotAllowed, performer.Span, kindWord, PerformerWords(by), Spell(TokenKind.Step));
                        break;
                    }
                    responsible = performer.Kind == TokenKind.Applicant
                        ? new BoundUnit(ApplicantName, "", false) { Performer = Performer.Applicant }
                        : new BoundUnit(by.Unit!.Value, "", false) { Performer = Performer.Party };
                    break;
                case ByClause by:
                    responsible = kind == StepKind.Await ? Awaited(by, line.Id.Text)
                        : by.OneStop is not null ? new BoundUnit(OneStopName, roles.OneStopAgency.Name, true) : Unit(by.Unit!);
                    break;
                case WithinClause within:
                    // An await's limit is the outside body's own, which law often gives in months; the agency's own steps count processing time.
                    limit = kind == StepKind.Await ? literals.Limit(within.Limit) : literals.ProcessingLimit(within.Limit);
                    limitFrom = Anchor(within.Limit.From, stepIds);
                    break;
                case IfClause @if:
                    if (string.IsNullOrWhiteSpace(@if.Condition.Code))
                        bag.Add(DiagnosticCatalogue.EmptyCondition, @if.Condition.Span);
                    condition = BoundCondition.Of(@if.Condition);
                    break;
                case ToClause to:
                    hasForwardTarget = true;
                    forwardTo = catalogue.Agency(to.Agency, bag);
                    if (kind == StepKind.Forward && forwardTo?.Level is { } level && executing.Level is { } from && level != AdministrativeLevel.Other
                        && from != AdministrativeLevel.Other && level <= from)
                        bag.Add(DiagnosticCatalogue.ForwardNotHigher, to.Agency.Span, forwardTo.Name,
                            Levels.Spell(level, file.Language), Levels.Spell(from, file.Language));
                    if (kind == StepKind.Transfer && forwardTo is not null && roles.Alternatives.Count == 0
                        && Names.Key(forwardTo.Name) == Names.Key(executing.Name))
                        bag.Add(DiagnosticCatalogue.TransferToItself, to.Agency.Span, line.Id.Text, forwardTo.Name);
                    break;
            }
        }

        if (!seen.Contains(TokenKind.By) && kind is StepKind.Receive or StepKind.Task or StepKind.Await or StepKind.Post or StepKind.Return)
            bag.Add(DiagnosticCatalogue.MissingResponsible, line.Id.Span, line.Id.Text, Spell(TokenKind.By));
        var silent = step.Outcomes.Any(o => o.Outcome.Keyword?.Kind == TokenKind.Silence);
        // A step that consents by silence without a period is an error of its own (PRC2057), not only a warning.
        if (limit is null && !seen.Contains(TokenKind.Within) && kind is StepKind.Task or StepKind.Post or StepKind.Forward or StepKind.Transfer
            && !(silent && kind == StepKind.Task))
            bag.Add(DiagnosticCatalogue.MissingStepDeadline, line.Id.Span, line.Id.Text);
        if (kind == StepKind.Branch && !seen.Contains(TokenKind.If))
            bag.Add(DiagnosticCatalogue.MissingCondition, line.Id.Span, line.Id.Text, Spell(TokenKind.If));
        if (kind is StepKind.Forward or StepKind.Transfer or StepKind.Notify && !hasForwardTarget)
            bag.Add(DiagnosticCatalogue.MissingAgencies, line.Id.Span, line.Id.Text, AgencyFix(TokenKind.To, onTheLine: true));

        var consultations = new List<BoundConsultation>();
        foreach (var with in step.Consultations)
        {
            if (kind != StepKind.Consult)
            {
                bag.Add(DiagnosticCatalogue.ClauseNotAllowed, with.Lead!.Span, Spell(TokenKind.With), kindWord);
                continue;
            }
            var own = literals.ProcessingLimit(with.Limit);
            if (with.Limit is null && limit is null)
                bag.Add(DiagnosticCatalogue.MissingStepDeadline, with.Agency.Span, $"{line.Id.Text} → {with.Agency.Value}");
            if (catalogue.Agency(with.Agency, bag) is not { } agency)
                continue;
            if (step.Consultations.FirstOrDefault(c => Names.Key(c.Agency.Value) == Names.Key(agency.Name)) is { } first && first != with)
                bag.Add(DiagnosticCatalogue.DuplicateId, with.Agency.Span, Vi ? "cơ quan" : "agency", with.Agency.Value, CatalogueBinder.Where(file, first.Agency.Span));
            else
                consultations.Add(new BoundConsultation(agency, own));
        }
        var route = new List<BoundRouteStop>();
        foreach (var to in step.Stops)
        {
            if (kind != StepKind.Route)
            {
                bag.Add(DiagnosticCatalogue.ClauseNotAllowed, to.Lead!.Span, Spell(TokenKind.To), kindWord);
                continue;
            }
            var own = literals.ProcessingLimit(to.Limit);
            if (to.Limit is null)
                bag.Add(DiagnosticCatalogue.MissingStepDeadline, to.Agency.Span, $"{line.Id.Text} → {to.Agency.Value}");
            if (catalogue.Agency(to.Agency, bag) is { } agency)
                route.Add(new BoundRouteStop(agency, to.Task?.Value, own));
        }
        if (kind == StepKind.Consult && step.Consultations.Count == 0)
            bag.Add(DiagnosticCatalogue.MissingAgencies, line.Id.Span, line.Id.Text, AgencyFix(TokenKind.With, onTheLine: false));
        if (kind == StepKind.Route && step.Stops.Count == 0)
            bag.Add(DiagnosticCatalogue.MissingAgencies, line.Id.Span, line.Id.Text, AgencyFix(TokenKind.To, onTheLine: false));

        var outcomes = Outcomes(step, kind, kindWord, stepIds, limit);
        if (outcomes.FirstOrDefault(o => o.IsSilence) is not null && limit is null && !seen.Contains(TokenKind.Within))
            bag.Add(DiagnosticCatalogue.SilenceWithoutLimit, line.Id.Span, line.Id.Text, Spell(TokenKind.Silence), Spell(TokenKind.Within));
        return new BoundStep(line.Id.Text, line.Title.Value, kind, responsible, limit, outcomes, consultations, route, forwardTo,
            condition, next, line.Span)
        {
            LimitFrom = limitFrom,
        };
    }

    /// <summary>Whom an await waits on: another agency of the catalogue, or the applicant; never the agency itself.</summary>
    BoundUnit? Awaited(ByClause by, string stepId)
    {
        var outside = Vi
            ? $"bước chờ là chờ người ngoài cơ quan: một cơ quan khác trong danh mục, hoặc người nộp (\"{Spell(TokenKind.Applicant)}\")"
            : $"an await step waits on someone outside the agency: another agency of the catalogue, or the applicant (\"{Spell(TokenKind.Applicant)}\")";
        if (by.OneStop is { } oneStop)
        {
            bag.Add(DiagnosticCatalogue.NotAwaitedParty, oneStop.Span, Spell(oneStop.Kind), stepId, outside);
            return null;
        }
        if (catalogue.Agency(by.Unit!, bag) is not { } agency)
            return null;
        if (Names.Key(agency.Name) == Names.Key(executing.Name))
        {
            bag.Add(DiagnosticCatalogue.NotAwaitedParty, by.Unit!.Span, by.Unit.Value, stepId, outside);
            return null;
        }
        return new BoundUnit(agency.Name, agency.Name, false);
    }

    /// <summary>How the applicant is named as the one who does a step, in both keyword sets (as the control sheet prints it).</summary>
    const string ApplicantName = "Người nộp hồ sơ";

    /// <summary>"the applicant" or "the party "…"", in the file's language.</summary>
    string PerformerWords(ByClause by) => (by.Performer!.Kind, Vi) switch
    {
        (TokenKind.Applicant, true) => "người nộp",
        (TokenKind.Applicant, false) => "the applicant",
        (_, true) => $"bên \"{by.Unit!.Value}\"",
        _ => $"the party \"{by.Unit!.Value}\"",
    };

    /// <summary>
    /// A step the applicant or a party does is recorded by an officer of the unit of the nearest step written before it
    /// that a unit does (PRC2060 when there is none).
    /// </summary>
    List<BoundStep> RecordedBy(List<BoundStep> steps)
    {
        var result = new List<BoundStep>(steps.Count);
        BoundUnit? lastUnit = null;
        foreach (var step in steps)
        {
            if (step.Responsible is { Performer: not Performer.Unit } performer)
            {
                if (lastUnit is null)
                    bag.Add(DiagnosticCatalogue.NoRecordingUnit, step.Span, step.Id,
                        performer.Performer == Performer.Applicant ? (Vi ? "người nộp" : "the applicant") : $"\"{performer.Name}\"");
                result.Add(step with { RecordedBy = lastUnit });
                continue;
            }
            if (step.Responsible is { } unit)
                lastUnit = unit;
            result.Add(step);
        }
        return result;
    }

    /// <summary>How to name the agencies: on the step's own line (forward) or on lines under it.</summary>
    string AgencyFix(TokenKind keyword, bool onTheLine) => (onTheLine, Vi) switch
    {
        (true, true) => $"{Spell(keyword)} \"…\" vào dòng của bước",
        (true, false) => $"{Spell(keyword)} \"…\" to the step's line",
        (false, true) => $"các dòng {Spell(keyword)} \"…\" bên dưới",
        _ => $"{Spell(keyword)} \"…\" lines under it",
    };

    /// <summary>The one-stop office of the executing agency (Decree 61/2018 Art. 3), named the same in both keyword sets.</summary>
    const string OneStopName = "Bộ phận Một cửa";

    List<BoundOutcome> Outcomes(StepSyntax step, StepKind kind, string kindWord, IEnumerable<string> stepIds, TimeLimit? stepLimit)
    {
        var outcomes = new List<BoundOutcome>();
        var names = new HashSet<string>();
        foreach (var outcome in step.Outcomes)
        {
            var name = outcome.Outcome.Word?.Text ?? outcome.Outcome.Keyword!.Kind switch
            {
                TokenKind.Yes => "yes",
                TokenKind.No => "no",
                TokenKind.Silence => BoundOutcome.SilenceName,
                _ => "complaint",
            };
            var written = outcome.Outcome.Word?.Text ?? Spell(outcome.Outcome.Keyword!.Kind);
            var allowed = kind switch
            {
                StepKind.Task or StepKind.Await => outcome.Outcome.Word is not null || name == BoundOutcome.SilenceName,
                StepKind.Branch => name is "yes" or "no",
                StepKind.Post => name == "complaint",
                _ => false,
            };
            if (!allowed)
            {
                var why = (kind, Vi) switch
                {
                    (StepKind.Branch, true) => $"bước rẽ nhánh chỉ có \"{Spell(TokenKind.Yes)}\" và \"{Spell(TokenKind.No)}\"",
                    (StepKind.Branch, false) => $"a branch has only \"{Spell(TokenKind.Yes)}\" and \"{Spell(TokenKind.No)}\"",
                    (StepKind.Post, true) => $"bước niêm yết chỉ có \"{Spell(TokenKind.Complaint)}\"",
                    (StepKind.Post, false) => $"a posting has only \"{Spell(TokenKind.Complaint)}\"",
                    (StepKind.Task, true) => "bước xử lý đặt tên kết quả bằng mã của mình",
                    (StepKind.Task, false) => "a unit's step names its outcomes with ids of its own",
                    (StepKind.Await, true) => "bước chờ đặt tên kết quả bằng mã của mình",
                    (StepKind.Await, false) => "an await step names its outcomes with ids of its own",
                    (_, true) => $"bước \"{kindWord}\" luôn chuyển sang bước kế tiếp",
                    _ => $"a \"{kindWord}\" step always goes on to the next step",
                };
                bag.Add(DiagnosticCatalogue.OutcomeNotAllowed, outcome.Outcome.Span, written, why);
                continue;
            }
            if (!names.Add(name))
            {
                bag.Add(DiagnosticCatalogue.DuplicateOutcome, outcome.Outcome.Span, written, step.Line.Id.Text);
                continue;
            }
            var limit = OutcomeLimit(outcome, kind, written, stepLimit);
            if (outcome.Target.Keyword is { } special)
            {
                outcomes.Add(new BoundOutcome(name, special.Kind switch
                {
                    TokenKind.Refuse => OutcomeTargetKind.Refuse,
                    TokenKind.ReturnDossier => OutcomeTargetKind.ReturnDossier,
                    _ => OutcomeTargetKind.RequestCompletion,
                }, null)
                {
                    Limit = limit,
                });
                continue;
            }
            var target = outcome.Target.Word!;
            if (syntax.Steps!.BrokenIds.Contains(target.Text))
                continue;
            if (!stepIds.Contains(target.Text))
            {
                bag.Add(DiagnosticCatalogue.UnknownStep, target.Span, target.Text, Names.DidYouMean(target.Text, stepIds, file.Language));
                continue;
            }
            outcomes.Add(new BoundOutcome(name, OutcomeTargetKind.Step, target.Text) { Limit = limit });
        }
        if (kind == StepKind.Branch && !(names.Contains("yes") && names.Contains("no")))
            bag.Add(DiagnosticCatalogue.MissingBranchOutcome, step.Line.Id.Span, step.Line.Id.Text, Spell(TokenKind.Yes), Spell(TokenKind.No));
        return outcomes;
    }

    /// <summary>An outcome's own limit: only on a unit's step or an await (PRC2047), shorter than the step's own (PRC2048).</summary>
    TimeLimit? OutcomeLimit(OutcomeLine outcome, StepKind kind, string written, TimeLimit? stepLimit)
    {
        if (outcome.Limit is not { } syntax)
            return null;
        if (kind is not (StepKind.Task or StepKind.Await))
        {
            bag.Add(DiagnosticCatalogue.OutcomeLimitNotAllowed, outcome.Limit.Span, written, Spell(TokenKind.Step), Spell(TokenKind.Await));
            return null;
        }
        var limit = literals.ProcessingLimit(syntax);
        if (limit is not null && stepLimit is not null && StepFlow.InWorkingDays(stepLimit) is { } step && StepFlow.InWorkingDays(limit) >= step)
            bag.Add(DiagnosticCatalogue.OutcomeLimitNotShorter, syntax.Span, written, limit.ToString(file.Language), stepLimit.ToString(file.Language));
        return limit;
    }

    /// <summary>
    /// A unit of one of the procedure's own agencies (every executing agency, then the receiving one), an agency of the
    /// catalogue, or a unit of a coordinating agency.
    /// </summary>
    BoundUnit? Unit(Quoted name)
    {
        var key = Names.Key(name.Value);
        var own = roles.Own.Select(a => catalogue.Agencies.TryGetValue(Names.Key(a.Name), out var entry) ? entry : null).OfType<CatalogueAgency>().ToList();
        foreach (var agencyOfOwn in own)
            if (agencyOfOwn.Units.FirstOrDefault(u => Names.Key(u) == key) is { } unit)
                return new BoundUnit(unit, agencyOfOwn.Agency.Name, false);
        if (catalogue.Agencies.TryGetValue(key, out var agency))
            return new BoundUnit(agency.Agency.Name, agency.Agency.Name, false);
        foreach (var other in coordinating)
            if (catalogue.Agencies.TryGetValue(Names.Key(other.Name), out var entry) && entry.Units.FirstOrDefault(u => Names.Key(u) == key) is { } found)
                return new BoundUnit(found, other.Name, false);
        var candidates = own.SelectMany(a => a.Units).Concat(catalogue.Agencies.Values.Select(a => a.Agency.Name))
            .Concat(coordinating.SelectMany(c => catalogue.Agencies.TryGetValue(Names.Key(c.Name), out var e) ? e.Units : []));
        bag.Add(DiagnosticCatalogue.UnknownUnit, name.Span, name.Value, Names.DidYouMean(name.Value, candidates, file.Language));
        return null;
    }
}
