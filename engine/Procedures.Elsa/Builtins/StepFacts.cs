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
/// receipt the <c>documents</c> checked and the <c>legalBasis</c>.
/// </summary>
internal sealed record StepFacts(string StepId, string Title, ActivityKind Kind)
{
    public string? Unit { get; init; }
    public string? Agency { get; init; }
    public string? Task { get; init; }
    public TimeLimit? TimeLimit { get; init; }
    public DocumentChecklist? Documents { get; init; }
    public IReadOnlyList<LegalBasisEntry>? LegalBasis { get; init; }

    public static StepFacts Of(Activity activity) => new(activity.Id, activity.Name, activity.Kind);

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["stepId"] = StepId,
            ["title"] = Title,
            ["kind"] = Kind.ToString(),
        };
        if (!string.IsNullOrEmpty(Unit)) json["unit"] = Unit;
        if (!string.IsNullOrEmpty(Agency)) json["agency"] = Agency;
        if (!string.IsNullOrEmpty(Task)) json["task"] = Task;
        if (TimeLimit is { } limit) json["timeLimit"] = TimeLimitJson(limit);
        if (Documents is { } documents) json["documents"] = DocumentsJson(documents);
        if (LegalBasis is { } basis) json["legalBasis"] = new JsonArray([.. basis.Select(LegalBasisJson)]);
        return json;
    }

    public static JsonObject TimeLimitJson(TimeLimit limit) => new()
    {
        // 15 and 15.0 working days write alike.
        ["amount"] = decimal.Parse(DomainWords.Amount(limit.Amount), CultureInfo.InvariantCulture),
        ["unit"] = limit.Unit.ToString(),
    };

    static JsonObject DocumentsJson(DocumentChecklist checklist) => new()
    {
        ["common"] = DocumentList(checklist.Common),
        ["cases"] = new JsonArray([.. checklist.Cases.Select(c => (JsonNode)Optional(new JsonObject { ["name"] = c.Name }, "condition", c.Condition)
            .Also("documents", DocumentList(c.Documents)))]),
    };

    static JsonArray DocumentList(IEnumerable<RequiredDocument> documents) => new([.. documents.Select(d => (JsonNode)Optional(
        Optional(new JsonObject { ["id"] = d.Id, ["name"] = d.Name }, "form", d.FormCode)
            .Also("originals", d.Originals)
            .Also("copies", d.Copies)
            .Also("certifiedCopies", d.CertifiedCopies)
            .Also("required", d.IsRequired),
        "condition", d.Condition))]);

    static JsonNode LegalBasisJson(LegalBasisEntry entry) =>
        Optional(new JsonObject { ["code"] = entry.DocumentCode, ["name"] = entry.Name }, "article", entry.Article);

    static JsonObject Optional(JsonObject json, string key, string? value)
    {
        if (value is not null) json[key] = value;
        return json;
    }
}

internal static class JsonObjectExtensions
{
    /// <summary>Adds a key at the end and returns the object, so an object reads in the order its keys are written.</summary>
    public static JsonObject Also(this JsonObject json, string key, JsonNode? value)
    {
        json[key] = value;
        return json;
    }
}
