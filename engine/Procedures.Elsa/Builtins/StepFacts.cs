using System.Globalization;
using System.Text.Json.Nodes;
using Procedures.Calendar;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Facts;
using Procedures.Workflows.Rendering;

namespace Procedures.Elsa.Builtins;

/// <summary>
/// What an activity is in the procedure's own terms: the facts Elsa cannot compute, written in the activity's
/// <c>customProperties</c> under <c>"procedures"</c> (Elsa keeps unknown keys verbatim through import and export).
/// Every activity names its step (<c>stepId</c>, the activity id in the procedures engine, and <c>title</c>) and the
/// step's <c>kind</c>; the others are written when the step has them: <c>unit</c> (who acts), <c>agency</c> (the
/// agency consulted, forwarded to or on the routing slip), <c>task</c>, <c>timeLimit</c> (<c>{"amount", "unit"}</c>,
/// the unit <c>WorkingDays</c>, <c>CalendarDays</c> or <c>Hours</c>, counted by the procedures engine), and at the
/// receipt (or, when the agency starts the procedure itself, at the start) the <c>documents</c> checked and the
/// <c>legalBasis</c>; for a step the applicant or a party does, the
/// <c>performer</c> and the unit that <c>recordedBy</c>; <c>onSilence</c>, the outcome the engine takes when the limit passes
/// with no decision; for a notice its <c>recipient</c>.
/// </summary>
internal sealed record StepFacts(string StepId, string Title, ActivityKind Kind)
{
    public string? Unit { get; init; }
    public string? Agency { get; init; }
    public string? Task { get; init; }
    public TimeLimit? TimeLimit { get; init; }
    public DocumentChecklist? Documents { get; init; }
    public IReadOnlyList<LegalBasisEntry>? LegalBasis { get; init; }
    /// <summary><c>Applicant</c> or <c>Party</c> when not an officer of the unit does the step.</summary>
    public string? Performer { get; init; }
    public string? RecordedBy { get; init; }
    /// <summary>The outcome the procedures engine takes when the time limit passes with no decision (deemed approval).</summary>
    public string? OnSilence { get; init; }
    public string? Recipient { get; init; }
    /// <summary>The step whose end the time limits are counted from.</summary>
    public string? TimeLimitFrom { get; init; }
    /// <summary>Outcomes due sooner than the step, with their limits.</summary>
    public IReadOnlyDictionary<string, TimeLimit>? OutcomeLimits { get; init; }
    /// <summary>The agency's clock stands still while the dossier waits here (an await).</summary>
    public bool StopsClock { get; init; }
    /// <summary>The result a return mid-way hands out (a phase's).</summary>
    public string? PhaseResult { get; init; }

    public static StepFacts Of(Activity activity) => new(activity.Id, activity.Name, activity.Kind) { TimeLimitFrom = activity.LimitFrom };

    public JsonObject ToJson() => Present(
        ("stepId", StepId),
        ("title", Title),
        ("kind", Kind.ToString()),
        ("unit", string.IsNullOrEmpty(Unit) ? null : Unit),
        ("agency", string.IsNullOrEmpty(Agency) ? null : Agency),
        ("task", string.IsNullOrEmpty(Task) ? null : Task),
        ("performer", Performer),
        ("recordedBy", RecordedBy),
        ("recipient", Recipient),
        ("onSilence", OnSilence),
        ("timeLimit", TimeLimit is { } limit ? TimeLimitJson(limit) : null),
        ("timeLimitFrom", TimeLimitFrom),
        ("outcomeLimits", OutcomeLimits is { } outcomes ? new JsonObject(outcomes.OrderBy(o => o.Key, StringComparer.Ordinal)
            .Select(o => KeyValuePair.Create(o.Key, (JsonNode?)TimeLimitJson(o.Value)))) : null),
        ("stopsClock", StopsClock ? true : null),
        ("phaseResult", PhaseResult),
        ("documents", Documents is { } documents ? DocumentsJson(documents) : null),
        ("legalBasis", LegalBasis is { } basis ? new JsonArray([.. basis.Select(b => (JsonNode)Present(("code", b.DocumentCode), ("name", b.Name), ("article", b.Article)))]) : null));

    public static JsonObject TimeLimitJson(TimeLimit limit) => new()
    {
        // 15 and 15.0 working days write alike.
        ["amount"] = decimal.Parse(DomainWords.Amount(limit.Amount), CultureInfo.InvariantCulture),
        ["unit"] = limit.Unit.ToString(),
    };

    static JsonObject DocumentsJson(DocumentChecklist checklist) => new()
    {
        ["common"] = DocumentList(checklist.Common),
        ["cases"] = new JsonArray([.. checklist.Cases.Select(c => (JsonNode)Present(("name", c.Name), ("condition", c.Condition), ("documents", DocumentList(c.Documents))))]),
    };

    /// <summary>
    /// Each document with its counts; the properties beyond them only when the document has them: <c>issuedWithin</c>,
    /// <c>consularLegalisation</c>, <c>certifiedTranslation</c>, <c>electronicAccepted</c>, <c>lookedUpIn</c> (the database
    /// the agency looks it up in), <c>about</c> (another person than the applicant) and, for a "one of" line, its
    /// <c>alternatives</c>.
    /// </summary>
    public static JsonArray DocumentList(IEnumerable<RequiredDocument> documents) => new([.. documents.Select(d => (JsonNode)Present(
        ("id", d.Id), ("name", d.Name), ("form", d.FormCode), ("originals", d.Originals), ("copies", d.Copies),
        ("certifiedCopies", d.CertifiedCopies), ("required", d.IsRequired), ("condition", d.Condition),
        ("issuedWithin", d.IssuedWithin is { } within ? TimeLimitJson(within) : null),
        ("consularLegalisation", d.ConsularLegalisation ? true : null),
        ("certifiedTranslation", d.CertifiedTranslation ? true : null),
        ("electronicAccepted", d.ElectronicAccepted ? true : null),
        ("lookedUpIn", d.LookedUpIn),
        ("about", d.About),
        ("alternatives", d.IsOneOf ? DocumentList(d.Alternatives) : null)))]);

    /// <summary>An object of the entries that have a value, in the order given.</summary>
    public static JsonObject Present(params (string Key, JsonNode? Value)[] entries)
    {
        var json = new JsonObject();
        foreach (var (key, value) in entries.Where(e => e.Value is not null))
            json[key] = value;
        return json;
    }
}
