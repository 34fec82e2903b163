using Procedures.Calendar;
using Procedures.Language.Binding;
using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax;
using Procedures.Workflows;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Facts;
using WorkflowChannelKind = Procedures.Workflows.Facts.ChannelKind;

namespace Procedures.Compiler;

/// <summary>
/// Turns a bound procedure into a workflow definition: one activity per step with an id derived from the
/// step id, plus the activities the one-stop process implies (start, completion requests, refusals, end).
/// </summary>
public static class ProcedureCompiler
{
    public const string StartId = "bat-dau";
    public const string EndId = "ket-thuc";

    /// <summary>
    /// The one pipeline from files to workflow definitions: every procedure a <see cref="Language.Compilation"/> bound,
    /// compiled in the keyword language of its own file, in the compilation's order. The compilation's own diagnostics
    /// stay on it; callers decide whether its errors stop them.
    /// </summary>
    public static IReadOnlyList<CompiledProcedure> CompileAll(Language.Compilation compilation)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        var languages = compilation.Files
            .GroupBy(f => f.Source.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Language, StringComparer.Ordinal);
        return compilation.Procedures.Select(procedure =>
        {
            var language = languages[procedure.Path];
            var (definition, diagnostics) = Compile(procedure, language);
            return new CompiledProcedure(procedure, language, definition, diagnostics);
        }).ToArray();
    }

    /// <summary>The definition, or null with diagnostics when the procedure cannot become a workflow.</summary>
    public static (WorkflowDefinition? Definition, IReadOnlyList<Diagnostic> Diagnostics) Compile(BoundProcedure procedure, KeywordLanguage language)
    {
        var bag = new DiagnosticBag(procedure.Path, language);
        var ids = new Dictionary<string, string>();
        foreach (var step in procedure.Steps)
        {
            var id = ActivityIds.FromStepId(step.Id);
            if (ids.TryGetValue(id, out var other) && other != step.Id)
                bag.Add(DiagnosticCatalogue.ActivityIdClash, step.Span, other, step.Id, id);
            else
                ids[id] = step.Id;
        }
        // Without steps or a deadline (reported by the binder) the procedure is no workflow.
        if (bag.Items.Count > 0 || procedure.Steps.Count == 0 || procedure.Deadline is not { } deadline)
            return (null, bag.Items);

        return Validated(WorkflowDefinition.Create(Facts(procedure, deadline), new FlowchartBuilder(procedure, deadline).Build()), procedure, bag);
    }

    /// <summary>The definition if it is a sound workflow; otherwise PRC3002 for each problem, which is a fault of this compiler.</summary>
    internal static (WorkflowDefinition? Definition, IReadOnlyList<Diagnostic> Diagnostics) Validated(
        WorkflowDefinition definition, BoundProcedure procedure, DiagnosticBag bag)
    {
        foreach (var problem in DefinitionValidator.Validate(definition))
            bag.Add(DiagnosticCatalogue.InvalidWorkflow, procedure.Span, procedure.Code, problem);
        return bag.Items.Count > 0 ? (null, bag.Items) : (definition, bag.Items);
    }

    static ProcedureFacts Facts(BoundProcedure procedure, TimeLimit deadline) => new()
    {
        Code = procedure.Code,
        Name = procedure.Name,
        Field = procedure.Field,
        Levels = procedure.Levels.Select(LevelName).ToArray(),
        ExecutingAgency = Agency(procedure.Agency),
        AgencyChoices = procedure.AgencyChoices.Count == 0 ? null
            : procedure.AgencyChoices.Select(c => new AgencyChoice(Agency(c.Agency), c.Condition?.Text)).ToArray(),
        ReceivingAgency = procedure.ReceivingAgency is { } receiving ? Agency(receiving) : null,
        StartedByAgency = procedure.StartedByAgency,
        CoordinatingAgencies = procedure.Coordinating.Select(a => a.Name).ToArray(),
        Subjects = procedure.Applicants.Select(s => new Subject(s.Code, s.Name)).ToArray(),
        Channels = procedure.Channels.Select(c => new Channel(ChannelKindOf(c.Kind), c.Limit ?? deadline, c.Fee, c.FeeNote)).ToArray(),
        TimeLimit = deadline,
        Result = procedure.Result,
        LegalBasis = procedure.LegalBasis.Select(b => new LegalBasisEntry(b.DocumentCode, b.DocumentName, b.Article)).ToArray(),
        PublicationDecision = procedure.Publication?.Decision,
        EffectiveDate = procedure.Effective,
        AbolishedDate = procedure.Abolition?.Date,
        AbolishingDecision = procedure.Abolition?.Decision,
        Documents = new DocumentChecklist(
            procedure.Documents.Select(Document).ToArray(),
            procedure.Cases.Select(c => new DocumentCase(c.Name, c.Condition?.Text, c.Documents.Select(Document).ToArray())).ToArray()),
        Data = procedure.Data.Select(f => f.ToFact()).ToArray(),
        Results = procedure.Results.Select(r => r.ToFact()).ToArray(),
        RefusalResult = procedure.RefusalResult is { } refusal ? new RefusalResult(refusal.Title, refusal.Form) : null,
        Requirements = procedure.Requirements.Select(r => r.ToFact()).ToArray(),
        ApplicantWindows = procedure.Windows.Select(w => w.ToFact()).ToArray(),
        FeeLines = procedure.Fees.Select(f => f.ToFact()).ToArray(),
        Payments = procedure.Payments.Select(p => p.ToFact()).ToArray(),
        Duties = procedure.Duties.Select(d => d.ToFact()).ToArray(),
        Completion = procedure.Completion == BoundCompletionRules.OneStopDefault ? CompletionRules.OneStopDefault
            : new CompletionRules(Citation(procedure.Completion.RestartsDeadline), Citation(procedure.Completion.MayRepeat)),
        TimeLimitFrom = procedure.DeadlineFrom is { } from ? ActivityIds.FromStepId(from.Step) : null,
        Phases = procedure.Phases.Count == 0 ? null : procedure.Phases.Select(p => new Phase(p.Id, p.Title, p.Limit ?? deadline,
            p.From is { } anchor ? ActivityIds.FromStepId(anchor.Step) : null, p.Result, p.Steps.Select(ActivityIds.FromStepId).ToArray())).ToArray(),
    };

    static LegalCitation? Citation(BoundCitation? citation) => citation is null ? null : new LegalCitation(citation.Law, citation.Article);

    static Agency Agency(BoundAgency agency) => new(agency.Name, agency.Code ?? "");

    static RequiredDocument Document(BoundDocument d) =>
        new(d.Id, d.Name, d.Form, d.Originals, d.Copies, d.CertifiedCopies, d.Required, d.Condition?.Text)
        {
            IssuedWithin = d.IssuedWithin,
            ConsularLegalisation = d.ConsularLegalisation,
            CertifiedTranslation = d.CertifiedTranslation,
            ElectronicAccepted = d.ElectronicAccepted,
            LookedUpIn = d.LookedUpIn,
            About = d.About,
            Alternatives = d.Alternatives.Select(Document).ToArray(),
        };

    static string LevelName(AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.Ministry => "Bộ",
        AdministrativeLevel.Province => "Tỉnh",
        AdministrativeLevel.District => "Huyện",
        AdministrativeLevel.Commune => "Xã",
        _ => "Khác",
    };

    static WorkflowChannelKind ChannelKindOf(Language.Binding.ChannelKind kind) => kind switch
    {
        Language.Binding.ChannelKind.InPerson => WorkflowChannelKind.InPerson,
        Language.Binding.ChannelKind.OnlineFull => WorkflowChannelKind.OnlineFull,
        Language.Binding.ChannelKind.OnlinePartial => WorkflowChannelKind.OnlinePartial,
        _ => WorkflowChannelKind.Postal,
    };
}
