using NodaTime;
using Procedures.Calendar;
using Procedures.Language.Text;

namespace Procedures.Language.Binding;

/// <summary>
/// A procedure with every name resolved against the shared catalogues and every number and date read.
/// It says the same whichever keyword set the file is written in. Spans point back into the file. A fact the file does
/// not state right is null, or empty, and has been reported.
/// </summary>
public sealed record BoundProcedure(
    string Code,
    string Name,
    string Field,
    IReadOnlyList<AdministrativeLevel> Levels,
    BoundAgency Agency,
    IReadOnlyList<BoundAgency> Coordinating,
    IReadOnlyList<BoundSubject> Applicants,
    IReadOnlyList<BoundChannel> Channels,
    TimeLimit? Deadline,
    string Result,
    IReadOnlyList<BoundLegalBasis> LegalBasis,
    BoundPublication? Publication,
    LocalDate? Effective,
    BoundAbolition? Abolition,
    IReadOnlyList<BoundDocument> Documents,
    IReadOnlyList<BoundCase> Cases,
    IReadOnlyList<BoundStep> Steps,
    string Path,
    SourceSpan Span)
{
    /// <summary>The dossier's data fields, those of the catalogue's field sets it uses included, in declaration order.</summary>
    public IReadOnlyList<BoundDataField> Data { get; init; } = [];

    /// <summary>The procedure's own rules on requests to complete, citing its sector law; the one-stop default otherwise.</summary>
    public BoundCompletionRules Completion { get; init; } = BoundCompletionRules.OneStopDefault;

    /// <summary>
    /// The executing agencies with their conditions, in the order written, when the agency depends on the dossier:
    /// the first whose condition holds takes it. Empty when the procedure names one agency without a condition.
    /// </summary>
    public IReadOnlyList<BoundAgencyChoice> AgencyChoices { get; init; } = [];

    /// <summary>The agency whose one-stop office receives and returns, when it is not the executing agency.</summary>
    public BoundAgency? ReceivingAgency { get; init; }

    /// <summary>The agency starts the procedure itself: no applicant submits it and no receipt step is needed.</summary>
    public bool StartedByAgency { get; init; }

    /// <summary>Every result (kết quả), the first being <see cref="Result"/>.</summary>
    public IReadOnlyList<BoundResult> Results { get; init; } = [];

    /// <summary>The written refusal a refused dossier gets back, when the procedure names it.</summary>
    public BoundResult? RefusalResult { get; init; }

    public IReadOnlyList<BoundRequirement> Requirements { get; init; } = [];
    public IReadOnlyList<BoundWindow> Windows { get; init; } = [];
    public IReadOnlyList<BoundFee> Fees { get; init; } = [];
    public IReadOnlyList<BoundPayment> Payments { get; init; } = [];
    public IReadOnlyList<BoundDuty> Duties { get; init; } = [];

    /// <summary>The codes of other procedures the results and duties name.</summary>
    public IEnumerable<BoundLink> Links =>
        Results.Select(r => r.Procedure).Concat(Duties.Select(d => d.Procedure)).OfType<BoundLink>();

    /// <summary>The step whose end the deadline is counted from (the appointment is set then); null: from receipt.</summary>
    public BoundAnchor? DeadlineFrom { get; init; }

    /// <summary>The phases, in order; empty when the procedure has none.</summary>
    public IReadOnlyList<BoundPhase> Phases { get; init; } = [];

    /// <summary>Every condition of the procedure (agencies, documents, cases, branches, requirements, windows, fees, payments), in file order.</summary>
    public IEnumerable<BoundCondition> Conditions =>
        AgencyChoices.Select(c => c.Condition)
            .Concat(Documents.SelectMany(d => d.WithAlternatives()).Select(d => d.Condition))
            .Concat(Cases.SelectMany(c => c.Documents.SelectMany(d => d.WithAlternatives()).Select(d => d.Condition).Prepend(c.Condition)))
            .Concat(Steps.Select(s => s.Condition))
            .Concat(Requirements.Select(r => r.Check))
            .Concat(Windows.Select(w => w.Condition))
            .Concat(Fees.Select(f => f.Condition))
            .Concat(Payments.Select(p => p.Condition))
            .OfType<BoundCondition>()
            .Where(c => c.Text.Length > 0)
            .DistinctBy(c => (c.Text, c.Span.Start))
            .OrderBy(c => c.Span.Start);
}

public enum AdministrativeLevel
{
    Commune,
    District,
    Province,
    Ministry,
    Other,
}

public enum ChannelKind
{
    InPerson,
    OnlineFull,
    OnlinePartial,
    Postal,
}

public sealed record BoundAgency(string Name, string? Code, AdministrativeLevel? Level);

/// <summary>An executing agency and the condition under which it takes a dossier (none: always).</summary>
public sealed record BoundAgencyChoice(BoundAgency Agency, BoundCondition? Condition);

public sealed record BoundSubject(string Code, string Name);

/// <summary>
/// A channel with its own time limit (the procedure's when the file gives none; null when neither is stated right, which
/// has been reported) and fee in đồng.
/// </summary>
public sealed record BoundChannel(ChannelKind Kind, TimeLimit? Limit, decimal? Fee, string? FeeNote);

public sealed record BoundLegalBasis(string DocumentCode, string DocumentName, string? Article);

public sealed record BoundPublication(string Decision, LocalDate? Date);

public sealed record BoundAbolition(LocalDate Date, string? Decision);

/// <summary>
/// The agencies a procedure's steps act for: the executing agency, every agency that may execute it (when chosen by
/// condition), the agency whose one-stop office receives, and whether the agency starts the procedure itself.
/// </summary>
public sealed record AgencyRoles(BoundAgency Executing, IReadOnlyList<BoundAgency> Alternatives, BoundAgency? Receiving, bool StartedByAgency)
{
    /// <summary>The agencies whose own units may do the steps: the executing ones, then the receiving one.</summary>
    public IEnumerable<BoundAgency> Own => Alternatives.Prepend(Executing).Append(Receiving).OfType<BoundAgency>().DistinctBy(a => Names.Key(a.Name));

    /// <summary>The agency whose one-stop office receives the dossier and returns the result.</summary>
    public BoundAgency OneStopAgency => Receiving ?? Executing;
}
