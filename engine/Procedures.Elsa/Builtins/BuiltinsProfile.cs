using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Procedures.Workflows;
using Procedures.Workflows.Facts;
using Procedures.Workflows.Rendering;

namespace Procedures.Elsa.Builtins;

/// <summary>
/// The <c>builtins</c> profile: a workflow definition a stock Elsa 3.7.1 server imports, publishes and runs (the
/// checklist of CONTRACT.md §10). Each step becomes the activities <see cref="StepFragments"/> gives it, the
/// procedure's connections join the fragments, and the activities are laid out left to right by depth, the first
/// path met on the top row. Ids are the
/// step ids (stable across versions); nothing volatile.
/// </summary>
internal static class BuiltinsProfile
{
    const int ColumnWidth = 300, RowHeight = 150;
    const string RootId = "flowchart";

    static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Export(WorkflowDefinition definition)
    {
        var steps = definition.Root.Activities.DistinctBy(a => a.Id).Select(a => (a.Id, Fragment: StepFragments.For(a, definition))).ToList();
        var fragments = steps.ToDictionary(s => s.Id, s => s.Fragment, StringComparer.Ordinal);
        var activities = steps.SelectMany(s => s.Fragment.Activities).ToList();
        var connections = steps.SelectMany(s => s.Fragment.Connections.Concat(
            definition.Root.Connections
                .Where(c => c.Source.Activity == s.Id && s.Fragment.Exits.ContainsKey(c.Source.Port) && fragments.ContainsKey(c.Target.Activity))
                .Select(c => new ElsaConnection(s.Fragment.Exits[c.Source.Port].Activity, s.Fragment.Exits[c.Source.Port].Outcome, fragments[c.Target.Activity].Entry))))
            .ToList();
        return Document(definition, activities, connections).ToJsonString(Json) + "\n";
    }

    static JsonObject Document(WorkflowDefinition definition, IReadOnlyList<ElsaActivity> activities, IReadOnlyList<ElsaConnection> connections)
    {
        var facts = definition.Facts;
        var version = ElsaExporter.Version(definition);
        return new JsonObject
        {
            ["$schema"] = ElsaExporter.Schema,
            ["id"] = $"{definition.DefinitionId}-v{version}",
            ["definitionId"] = definition.DefinitionId,
            ["name"] = definition.Name,
            ["description"] = Description(definition),
            ["createdAt"] = ElsaExporter.CreatedAt(definition),
            ["version"] = version,
            ["toolVersion"] = ElsaExporter.ToolVersion,
            ["variables"] = new JsonArray([.. ElsaVariable.All.Select(v => (JsonNode)v.Declaration())]),
            ["inputs"] = WorkflowInputs.For(facts.Data),
            ["outputs"] = new JsonArray(),
            ["outcomes"] = new JsonArray(),
            ["customProperties"] = new JsonObject { ["procedures"] = ProcedureFacts(definition) },
            ["isReadonly"] = false,
            ["isSystem"] = false,
            ["isLatest"] = definition.IsLatest,
            ["isPublished"] = definition.IsPublished,
            ["options"] = new JsonObject { ["autoUpdateConsumingWorkflows"] = false },
            ["root"] = Root(activities, connections),
        };
    }

    /// <summary>
    /// The procedure's own facts: its code, field, executing agency (and, when it depends on the dossier, every agency
    /// with its condition, which the procedures engine evaluates at submission), the receiving agency when another
    /// agency's one-stop office receives, whether the agency starts it itself, the time limit and the result. A deadline
    /// counted from a step and the phases are written only when the procedure has them, so other exports stay as they were;
    /// <c>completion</c> only for a procedure that cites its sector law's own rule on requests to complete
    /// (<c>restartsDeadline</c>, <c>mayRepeat</c>: <c>{"law", "article"}</c>); without it the one-stop default applies
    /// (Decree 61/2018 Art. 19 as amended by Decree 107/2021).
    /// </summary>
    static JsonObject ProcedureFacts(WorkflowDefinition definition)
    {
        var facts = definition.Facts;
        var json = new JsonObject
        {
            ["code"] = facts.Code,
            ["field"] = facts.Field,
            ["executingAgency"] = facts.ExecutingAgency.Name,
            ["agencyCode"] = facts.ExecutingAgency.Code,
        };
        if (facts.AgencyChoices is { } choices)
            json["agencies"] = new JsonArray([.. choices.Select(c =>
            {
                var choice = new JsonObject { ["name"] = c.Agency.Name, ["code"] = c.Agency.Code };
                if (c.Condition is { } condition) choice["condition"] = condition;
                return (JsonNode)choice;
            })]);
        if (facts.ReceivingAgency is { } receiving)
        {
            json["receivingAgency"] = receiving.Name;
            json["receivingAgencyCode"] = receiving.Code;
        }
        if (facts.StartedByAgency) json["startedByAgency"] = true;
        json["timeLimit"] = StepFacts.TimeLimitJson(facts.TimeLimit);
        if (facts.TimeLimitFrom is { } from)
            json["timeLimitFrom"] = from;
        if (facts.Phases is { } phases)
            json["phases"] = new JsonArray([.. phases.Select(p => (JsonNode)Present(
                ("id", p.Id), ("name", p.Name), ("timeLimit", StepFacts.TimeLimitJson(p.TimeLimit)), ("timeLimitFrom", p.From), ("result", p.Result),
                ("steps", new JsonArray([.. p.Activities.Select(a => (JsonNode)a)]))))]);
        json["result"] = facts.Result;
        if (facts.Completion != CompletionRules.OneStopDefault)
        {
            var completion = new JsonObject();
            if (Citation(facts.Completion.RestartsDeadline) is { } restarts) completion["restartsDeadline"] = restarts;
            if (Citation(facts.Completion.MayRepeat) is { } repeats) completion["mayRepeat"] = repeats;
            json["completion"] = completion;
        }
        json["contentHash"] = definition.Version.ContentHash;
        json["events"] = EventNames.For(facts.Code, "<activity id>");
        json["trigger"] = "POST /events/{eventName}/trigger {\"correlationId\": \"<dossier id>\", \"input\": {\"outcome\": \"<case label>\"}}";
        foreach (var (key, value) in ProcedureFactsJson.Entries(facts))
            json[key] = value;
        return json;
    }

    static JsonObject? Citation(LegalCitation? law) => law is null ? null
        : law.Article is { } article ? new JsonObject { ["law"] = law.Document, ["article"] = article } : new JsonObject { ["law"] = law.Document };

    static JsonObject Present(params (string Key, JsonNode? Value)[] entries)
    {
        var json = new JsonObject();
        foreach (var (key, value) in entries.Where(e => e.Value is not null))
            json[key] = value;
        return json;
    }

    /// <summary>What an Elsa user does with the file, in the domain's words.</summary>
    static string Description(WorkflowDefinition definition)
    {
        var facts = definition.Facts;
        var what = string.IsNullOrEmpty(facts.Field) ? facts.Result : $"{facts.Field} — {facts.Result}";
        return $"{what}. Chạy trên Elsa 3.7: nhập (import) và xuất bản (publish) định nghĩa này; mỗi hồ sơ là một lần chạy "
            + "với correlationId là id của hồ sơ (có ngay khi nộp; số hồ sơ chỉ có khi tiếp nhận) và input là dữ liệu hồ sơ; mỗi bước chờ sự kiện "
            + $"{EventNames.For(facts.Code, "<mã hoạt động>")}, gửi bằng POST /events/<tên sự kiện>/trigger với "
            + "{\"correlationId\": \"<id hồ sơ>\", \"input\": {\"outcome\": \"<kết quả>\"}}; "
            + "thời hạn tính bằng ngày làm việc do engine thủ tục đếm; sự kiện của bước niêm yết được gửi khi hết thời gian niêm yết.";
    }

    static JsonObject Root(IReadOnlyList<ElsaActivity> activities, IReadOnlyList<ElsaConnection> connections)
    {
        var places = LayeredLayout.Compute(
            [.. activities.Select(a => a.Id)],
            activities.FirstOrDefault(a => a.Type == BuiltinActivities.Start)?.Id,
            [.. connections.Select(c => (c.Source, c.Target))]);
        var position = places.ToDictionary(p => p.Id, p => (X: p.Column * ColumnWidth, Y: p.Row * RowHeight), StringComparer.Ordinal);
        return new JsonObject
        {
            ["id"] = RootId,
            ["nodeId"] = $"Workflow1:{RootId}",
            ["name"] = "Flowchart1",
            ["type"] = "Elsa.Flowchart",
            ["version"] = 1,
            ["customProperties"] = new JsonObject
            {
                ["notFoundConnections"] = new JsonArray(),
                ["canStartWorkflow"] = false,
                ["runAsynchronously"] = false,
            },
            ["metadata"] = new JsonObject(),
            ["activities"] = new JsonArray([.. activities.Select(a => (JsonNode)Activity(a, position[a.Id]))]),
            ["variables"] = new JsonArray(),
            ["connections"] = new JsonArray([.. connections.Select(c => (JsonNode)new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = c.Source, ["port"] = c.Port },
                ["target"] = new JsonObject { ["activity"] = c.Target, ["port"] = "In" },
                ["vertices"] = new JsonArray(),
            })]),
        };
    }

    /// <summary>The inputs first, then Elsa's own keys in the order its exporter writes them.</summary>
    static JsonObject Activity(ElsaActivity activity, (int X, int Y) position)
    {
        var json = new JsonObject();
        foreach (var (key, value) in activity.Inputs)
            json[key] = value?.DeepClone();
        json["id"] = activity.Id;
        json["nodeId"] = $"Workflow1:{RootId}:{activity.Id}";
        json["name"] = PascalCase(activity.Id);
        json["type"] = activity.Type;
        json["version"] = 1;
        json["customProperties"] = new JsonObject
        {
            ["canStartWorkflow"] = false,
            ["runAsynchronously"] = false,
            ["procedures"] = activity.Facts.ToJson(),
        };
        json["metadata"] = new JsonObject
        {
            ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = position.X, ["y"] = position.Y } },
            ["displayText"] = activity.DisplayText,
        };
        return json;
    }

    /// <summary>Elsa's style of activity name: <c>tham-dinh--ket-qua</c> → <c>ThamDinhKetQua</c>.</summary>
    static string PascalCase(string id) =>
        string.Concat(id.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
