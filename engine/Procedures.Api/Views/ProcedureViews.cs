using Procedures.Api.Access;
using Procedures.Api.Contracts;
using Procedures.Calendar;
using Procedures.Language.Diagnostics;
using Procedures.Runtime.Messages;
using Procedures.Workflows;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Facts;

namespace Procedures.Api.Views;

/// <summary>A compiled procedure as the catalogue endpoints show it.</summary>
public static class ProcedureViews
{
    public static TimeLimitView Limit(TimeLimit limit, MessageLanguage language) =>
        new(limit.Amount, limit.Unit.ToString(), Words.TimeLimit(limit, language));

    public static ProcedureSummary Summary(WorkflowDefinition definition, MessageLanguage language)
    {
        var facts = definition.Facts;
        return new ProcedureSummary(facts.Code, facts.Name, facts.Field, facts.Levels,
            new AgencyView(facts.ExecutingAgency.Name, NullIfEmpty(facts.ExecutingAgency.Code)),
            [.. facts.Channels.Select(c => Channels.FromEngine(c.Kind))],
            Limit(facts.TimeLimit, language), definition.Version.Sequence, facts.AbolishedDate is not null);
    }

    /// <param name="procedureName">The name of a procedure of the catalogue by code, for the results and duties that link one.</param>
    public static ProcedureDetail Detail(WorkflowDefinition definition, bool fileHasErrors, Organisation organisation, MessageLanguage language,
        Func<string, string?> procedureName)
    {
        var facts = definition.Facts;
        string? Linked(string? code) => code is null ? null : procedureName(code);
        return new ProcedureDetail(
            facts.Code, facts.Name, facts.Field, facts.Levels,
            new AgencyView(facts.ExecutingAgency.Name, NullIfEmpty(facts.ExecutingAgency.Code)),
            [.. facts.CoordinatingAgencies.Select(a => Agency(a, organisation))],
            [.. facts.Subjects.Select(s => new SubjectView(s.Code, s.Name))],
            facts.Result, facts.PublicationDecision,
            Words.Date(facts.EffectiveDate), Words.Date(facts.AbolishedDate), facts.AbolishingDecision,
            Limit(facts.TimeLimit, language),
            [.. facts.Channels.Select(c => new ChannelView(Channels.FromEngine(c.Kind), Words.Channel(c.Kind, language),
                Limit(facts.TimeLimitFor(c.Kind), language), c.Fee, c.FeeNote))],
            [.. facts.LegalBasis.Select(b => new LegalBasisView(b.DocumentCode, b.Name, b.Article))],
            new DocumentsView([.. facts.Documents.Common.Select(d => Document(d, language))],
                [.. facts.Documents.Cases.Select(c => new DocumentCaseView(c.Name, c.Condition, [.. c.Documents.Select(d => Document(d, language))]))]),
            DataSchema.For(facts.Data),
            Steps(definition, language),
            new VersionView(definition.Version.Sequence, definition.Version.ContentHash, true, Words.Date(facts.AbolishedDate)),
            fileHasErrors,
            [.. facts.AllResults.Select(r => new ResultView(r.Title, r.FormCode, r.Validity is { } v ? Limit(v, language) : null, r.ProcedureCode, Linked(r.ProcedureCode)))],
            new RefusalResultView(facts.Refusal.Title, facts.Refusal.FormCode),
            [.. facts.Requirements.Select(r => new RequirementView(r.Text, r.Condition))],
            [.. facts.ApplicantWindows.Select(w => new ApplicantWindowView(w.Kind.ToString(), Limit(w.Period, language), w.Field,
                Words.Window(w, facts.Data.FirstOrDefault(f => f.Name == w.Field)?.Label, language), w.Condition, w.LateAccepted))],
            [.. facts.FeeLines.Select(f => new FeeLineView(f.Amount, f.Item, f.Condition))],
            [.. facts.Payments.Select(p => new PaymentView(p.Title, p.Amount, p.AmountText, p.Condition, p.Phase))],
            [.. facts.Duties.Select(d => new DutyView(d.Text, d.ProcedureCode, Linked(d.ProcedureCode)))]);
    }

    public static VersionView Version(WorkflowDefinition definition, WorkflowDefinition? live) =>
        new(definition.Version.Sequence, definition.Version.ContentHash, live?.Version.Sequence == definition.Version.Sequence,
            Words.Date(definition.Facts.AbolishedDate));

    public static DiagnosticView Diagnostic(Diagnostic d, MessageLanguage language) =>
        new(d.Code, d.IsError ? "error" : "warning",
            string.Format(System.Globalization.CultureInfo.InvariantCulture,
                language == MessageLanguage.English ? d.Descriptor.English : d.Descriptor.Vietnamese, [.. d.Arguments]),
            d.Path, d.Span.Line, d.Span.Column);

    static AgencyView Agency(string name, Organisation organisation) =>
        new(name, organisation.AgencyKey(name) is var key && key != name ? key : null);

    static DocumentView Document(RequiredDocument d, MessageLanguage language) =>
        new(d.Id, d.Name, d.FormCode, d.Originals, d.Copies, d.CertifiedCopies, d.IsRequired, d.Condition,
            d.IssuedWithin is { } within ? Limit(within, language) : null, d.ConsularLegalisation, d.CertifiedTranslation, d.ElectronicAccepted,
            d.LookedUpIn, d.About, d.IsOneOf ? [.. d.Alternatives.Select(a => Document(a, language))] : null);

    static List<StepView> Steps(WorkflowDefinition definition, MessageLanguage language)
    {
        var steps = new List<StepView>();
        foreach (var activity in definition.Root.Activities)
        {
            var (unit, agencies, limit) = activity switch
            {
                ReceiptActivity a => (a.Unit, Array.Empty<string>(), (TimeLimit?)a.TimeLimit),
                UnitTaskActivity a => (a.Unit, [], a.TimeLimit),
                AwaitActivity a => (a.RecordedBy, [a.Party], a.TimeLimit),
                ReturnResultActivity a => (a.Unit, [], null),
                PublicPostingActivity a => (a.Place, [], a.TimeLimit),
                ForwardingActivity a => (null, [a.Agency], a.TimeLimit),
                ConsultationActivity a => ((string?)null, [.. a.Agencies.Select(c => c.Agency)], null),
                RoutingSlipActivity a => (null, [.. a.Stops.Select(s => s.Agency)], null),
                _ => ((string?)null, Array.Empty<string>(), (TimeLimit?)null),
            };
            if (activity.Kind is ActivityKind.Start or ActivityKind.End) continue;
            steps.Add(new StepView(activity.Id, activity.Name, activity.Kind.ToString(), Words.Kind(activity.Kind, language),
                NullIfEmpty(unit), agencies, limit is { } l ? Limit(l, language) : null, activity.OutputPorts));
        }
        return steps;
    }

    static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
