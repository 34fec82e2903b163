using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Procedures.Calendar;
using Procedures.Workflows;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Rendering;

namespace Procedures.Elsa.Procedures;

/// <summary>
/// The <c>procedures</c> profile: one Elsa activity per step, of the types <c>Procedures.Receipt</c>,
/// <c>Procedures.UnitTask</c> … that only an Elsa server with a module registering them can run (a stock server loads
/// them as <c>Elsa.NotFoundActivity</c>). Domain properties travel as Elsa typed inputs (<c>{ typeName, expression }</c>)
/// ahead of the activity's own keys, as Elsa writes them. Nothing volatile: <c>createdAt</c> is the effective date at
/// 00:00 +07:00, ids are hashes, positions come from <see cref="FlowchartLayout"/>.
/// </summary>
internal static class ProceduresProfile
{
    private const double ColumnWidth = 300, RowHeight = 130, NodeWidth = 240, NodeHeight = 68;

    public static string Export(WorkflowDefinition definition)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            WriteDefinition(json, definition);
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteDefinition(Utf8JsonWriter json, WorkflowDefinition definition)
    {
        var facts = definition.Facts;
        json.WriteStartObject();
        json.WriteString("$schema", ElsaExporter.Schema);
        json.WriteString("id", ElsaIds.DefinitionVersion(definition));
        json.WriteString("definitionId", definition.DefinitionId);
        json.WriteString("name", definition.Name);
        json.WriteString("description", string.IsNullOrEmpty(facts.Field) ? facts.Result : $"{facts.Field} — {facts.Result}");
        json.WriteString("createdAt", ElsaExporter.CreatedAt(definition));
        json.WriteNumber("version", ElsaExporter.Version(definition));
        json.WriteString("toolVersion", ElsaExporter.ToolVersion);
        WriteEmptyArray(json, "variables");
        WriteEmptyArray(json, "inputs");
        WriteEmptyArray(json, "outputs");
        WriteEmptyArray(json, "outcomes");
        json.WriteStartObject("customProperties");
        json.WriteString("procedureCode", facts.Code);
        json.WriteString("field", facts.Field);
        json.WriteString("executingAgency", facts.ExecutingAgency.Name);
        json.WriteString("agencyCode", facts.ExecutingAgency.Code);
        json.WriteString("timeLimit", DomainWords.TimeLimit(facts.TimeLimit));
        // Only a procedure that cites its sector law's own rule on requests to complete (Decree 61/2018 Art. 19 otherwise).
        if (facts.Completion.RestartsDeadline is { } restarts) json.WriteString("completionRestartsDeadline", Cite(restarts));
        if (facts.Completion.MayRepeat is { } repeats) json.WriteString("completionMayRepeat", Cite(repeats));
        json.WriteString("contentHash", definition.Version.ContentHash);
        json.WriteEndObject();
        json.WriteBoolean("isReadonly", false);
        json.WriteBoolean("isSystem", false);
        json.WriteBoolean("isLatest", definition.IsLatest);
        json.WriteBoolean("isPublished", definition.IsPublished);
        json.WriteStartObject("options");
        json.WriteBoolean("usableAsActivity", false);
        json.WriteBoolean("autoUpdateConsumingWorkflows", false);
        json.WriteEndObject();
        WriteRoot(json, definition);
        json.WriteEndObject();
    }

    private static void WriteRoot(Utf8JsonWriter json, WorkflowDefinition definition)
    {
        var rootId = ElsaIds.Root(definition.DefinitionId);
        json.WriteStartObject("root");
        json.WriteString("id", rootId);
        json.WriteString("nodeId", $"Workflow1:{rootId}");
        json.WriteString("name", "Flowchart1");
        json.WriteString("type", "Elsa.Flowchart");
        json.WriteNumber("version", 1);
        json.WriteStartObject("customProperties");
        WriteEmptyArray(json, "notFoundConnections");
        json.WriteBoolean("canStartWorkflow", false);
        json.WriteBoolean("runAsynchronously", false);
        json.WriteEndObject();
        json.WriteStartObject("metadata");
        json.WriteEndObject();

        json.WriteStartArray("activities");
        foreach (var node in FlowchartLayout.Compute(definition.Root))
            WriteActivity(json, definition.DefinitionId, rootId, node);
        json.WriteEndArray();

        WriteEmptyArray(json, "variables");
        json.WriteStartArray("connections");
        foreach (var c in definition.Root.Connections)
        {
            json.WriteStartObject();
            json.WriteStartObject("source");
            json.WriteString("activity", ElsaIds.Activity(definition.DefinitionId, c.Source.Activity));
            json.WriteString("port", c.Source.Port);
            json.WriteEndObject();
            json.WriteStartObject("target");
            json.WriteString("activity", ElsaIds.Activity(definition.DefinitionId, c.Target.Activity));
            json.WriteString("port", c.Target.Port);
            json.WriteEndObject();
            WriteEmptyArray(json, "vertices");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteActivity(Utf8JsonWriter json, string definitionId, string rootId, LayoutNode node)
    {
        var activity = node.Activity;
        var id = ElsaIds.Activity(definitionId, activity.Id);
        var (type, writeInputs) = Describe(activity);
        json.WriteStartObject();
        writeInputs?.Invoke(json);
        json.WriteString("id", id);
        json.WriteString("nodeId", $"Workflow1:{rootId}:{id}");
        json.WriteString("name", activity.Id);
        json.WriteString("type", type);
        json.WriteNumber("version", 1);
        json.WriteStartObject("customProperties");
        json.WriteBoolean("canStartWorkflow", false);
        json.WriteBoolean("runAsynchronously", false);
        json.WriteString("stepId", activity.Id);
        json.WriteStartArray("outcomes");
        foreach (var port in activity.OutputPorts) json.WriteStringValue(port);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("metadata");
        json.WriteStartObject("designer");
        json.WriteStartObject("position");
        json.WriteNumber("x", node.Column * ColumnWidth);
        json.WriteNumber("y", node.Row * RowHeight);
        json.WriteEndObject();
        json.WriteStartObject("size");
        json.WriteNumber("width", NodeWidth);
        json.WriteNumber("height", NodeHeight);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("displayText", activity.Name);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    // CS8524 asks for an arm for values outside the enum (a cast integer); a discard arm would silence CS8509, the
    // check that a kind added to the model gets its arm here.
#pragma warning disable CS8524
    /// <summary>The one dispatch over activity kinds in this profile: each kind's Elsa type and the inputs it writes.</summary>
    private static (string Type, Action<Utf8JsonWriter>? WriteInputs) Describe(Activity activity) => activity.Kind switch
    {
        ActivityKind.Start => ("Elsa.Start", null),
        ActivityKind.End => ("Elsa.End", null),
        ActivityKind.Receipt => (Custom(activity), json => UnitAndLimit(json, "unit", As<ReceiptActivity>(activity).Unit, As<ReceiptActivity>(activity).TimeLimit)),
        ActivityKind.UnitTask => (Custom(activity), json => UnitTask(json, As<UnitTaskActivity>(activity))),
        ActivityKind.Await => (Custom(activity), json => Await(json, As<AwaitActivity>(activity))),
        ActivityKind.Consultation => (Custom(activity), json => Consultation(json, As<ConsultationActivity>(activity))),
        ActivityKind.RoutingSlip => (Custom(activity), json => RoutingSlip(json, As<RoutingSlipActivity>(activity))),
        ActivityKind.Forwarding => (Custom(activity), json => UnitAndLimit(json, "agency", As<ForwardingActivity>(activity).Agency, As<ForwardingActivity>(activity).TimeLimit)),
        ActivityKind.PublicPosting => (Custom(activity), json => UnitAndLimit(json, "place", As<PublicPostingActivity>(activity).Place, As<PublicPostingActivity>(activity).TimeLimit)),
        ActivityKind.Decision => ("Elsa.FlowDecision", json => Condition(json, As<DecisionActivity>(activity).Condition)),
        ActivityKind.CompletionRequest => (Custom(activity), null),
        ActivityKind.Refusal => (Custom(activity), null),
        ActivityKind.ReturnResult => (Custom(activity), json => Literal(json, "unit", As<ReturnResultActivity>(activity).Unit)),
        ActivityKind.Notice => (Custom(activity), json => Notice(json, As<NoticeActivity>(activity))),
        ActivityKind.Transfer => (Custom(activity), json => UnitAndLimit(json, "agency", As<TransferActivity>(activity).Agency, As<TransferActivity>(activity).TimeLimit)),
        ActivityKind.ReturnForAmendment => (Custom(activity), null),
    };
#pragma warning restore CS8524

    private static void Notice(Utf8JsonWriter json, NoticeActivity a)
    {
        if (a.Sender is { } sender) Literal(json, "sender", sender);
        Literal(json, "recipient", a.Recipient);
    }

    private static void UnitAndLimit(Utf8JsonWriter json, string name, string value, TimeLimit limit)
    {
        Literal(json, name, value);
        Object(json, "timeLimit", "TimeLimit", w => TimeLimitValue(w, limit));
    }

    private static void UnitTask(Utf8JsonWriter json, UnitTaskActivity a)
    {
        UnitAndLimit(json, "unit", a.Unit, a.TimeLimit);
        if (a.Performer != StepPerformer.Unit) Literal(json, "performer", a.Performer.ToString());
        if (a.RecordedBy is { } recordedBy) Literal(json, "recordedBy", recordedBy);
        Object(json, "outcomes", "List<String>", w =>
        {
            w.WriteStartArray();
            foreach (var port in a.OutputPorts) w.WriteStringValue(port);
            w.WriteEndArray();
        });
    }

    private static void Await(Utf8JsonWriter json, AwaitActivity a)
    {
        Literal(json, "party", a.Party);
        Literal(json, "recordedBy", a.RecordedBy);
        if (a.TimeLimit is { } limit)
            Object(json, "timeLimit", "TimeLimit", w => TimeLimitValue(w, limit));
        Object(json, "outcomes", "List<String>", w =>
        {
            w.WriteStartArray();
            foreach (var port in a.OutputPorts) w.WriteStringValue(port);
            w.WriteEndArray();
        });
    }

    private static void Consultation(Utf8JsonWriter json, ConsultationActivity a) => Object(json, "agencies", "List<ConsultedAgency>", w =>
    {
        w.WriteStartArray();
        foreach (var c in a.Agencies)
        {
            w.WriteStartObject();
            w.WriteString("agency", c.Agency);
            w.WritePropertyName("timeLimit");
            TimeLimitValue(w, c.TimeLimit);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    private static void RoutingSlip(Utf8JsonWriter json, RoutingSlipActivity a) => Object(json, "stops", "List<RoutingStop>", w =>
    {
        w.WriteStartArray();
        foreach (var s in a.Stops)
        {
            w.WriteStartObject();
            w.WriteString("agency", s.Agency);
            if (s.Task is null) w.WriteNull("task"); else w.WriteString("task", s.Task);
            w.WritePropertyName("timeLimit");
            TimeLimitValue(w, s.TimeLimit);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    private static void Condition(Utf8JsonWriter json, string condition)
    {
        json.WriteStartObject("condition");
        json.WriteString("typeName", "Boolean");
        json.WriteStartObject("expression");
        json.WriteString("type", "CSharp");
        json.WriteString("value", condition);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The type a future Elsa module registers for a kind: <c>Procedures.&lt;Kind&gt;</c>.</summary>
    private static string Custom(Activity activity) => $"Procedures.{activity.Kind}";

    // Each activity record reports its own kind, so the cast cannot fail for a definition built from the model.
    private static T As<T>(Activity activity) where T : Activity => (T)activity;

    private static void Literal(Utf8JsonWriter json, string name, string value)
    {
        json.WriteStartObject(name);
        json.WriteString("typeName", "String");
        json.WriteStartObject("expression");
        json.WriteString("type", "Literal");
        json.WriteString("value", value);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>An object-typed input; as in Elsa, the value is the object's JSON as a string.</summary>
    private static void Object(Utf8JsonWriter json, string name, string typeName, Action<Utf8JsonWriter> writeValue)
    {
        using var buffer = new MemoryStream();
        using (var inner = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            writeValue(inner);
        json.WriteStartObject(name);
        json.WriteString("typeName", typeName);
        json.WriteStartObject("expression");
        json.WriteString("type", "Object");
        json.WriteString("value", Encoding.UTF8.GetString(buffer.ToArray()));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void TimeLimitValue(Utf8JsonWriter json, TimeLimit limit)
    {
        json.WriteStartObject();
        json.WritePropertyName("amount");
        json.WriteRawValue(DomainWords.Amount(limit.Amount));
        json.WriteString("unit", limit.Unit.ToString());
        json.WriteEndObject();
    }

    private static string Cite(Workflows.Facts.LegalCitation law) => law.Article is { } article ? $"{law.Document}, Điều {article}" : law.Document;

    private static void WriteEmptyArray(Utf8JsonWriter json, string name)
    {
        json.WriteStartArray(name);
        json.WriteEndArray();
    }
}
