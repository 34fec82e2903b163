using System.Text.Json.Serialization;

namespace Procedures.Workflows.Activities;

/// <summary>
/// A node of the flowchart. <see cref="Id"/> is stable across versions (derived from the procedure's step id,
/// see <see cref="ActivityIds.FromStepId"/>) so that a running dossier can be migrated by id;
/// <see cref="Name"/> is the step's title in the procedure's own words.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(StartActivity), nameof(ActivityKind.Start))]
[JsonDerivedType(typeof(EndActivity), nameof(ActivityKind.End))]
[JsonDerivedType(typeof(ReceiptActivity), nameof(ActivityKind.Receipt))]
[JsonDerivedType(typeof(UnitTaskActivity), nameof(ActivityKind.UnitTask))]
[JsonDerivedType(typeof(AwaitActivity), nameof(ActivityKind.Await))]
[JsonDerivedType(typeof(ConsultationActivity), nameof(ActivityKind.Consultation))]
[JsonDerivedType(typeof(RoutingSlipActivity), nameof(ActivityKind.RoutingSlip))]
[JsonDerivedType(typeof(ForwardingActivity), nameof(ActivityKind.Forwarding))]
[JsonDerivedType(typeof(PublicPostingActivity), nameof(ActivityKind.PublicPosting))]
[JsonDerivedType(typeof(DecisionActivity), nameof(ActivityKind.Decision))]
[JsonDerivedType(typeof(CompletionRequestActivity), nameof(ActivityKind.CompletionRequest))]
[JsonDerivedType(typeof(RefusalActivity), nameof(ActivityKind.Refusal))]
[JsonDerivedType(typeof(ReturnResultActivity), nameof(ActivityKind.ReturnResult))]
[JsonDerivedType(typeof(NoticeActivity), nameof(ActivityKind.Notice))]
[JsonDerivedType(typeof(TransferActivity), nameof(ActivityKind.Transfer))]
[JsonDerivedType(typeof(ReturnForAmendmentActivity), nameof(ActivityKind.ReturnForAmendment))]
public abstract record Activity(string Id, string Name)
{
    [JsonIgnore]
    public abstract ActivityKind Kind { get; }

    /// <summary>The named output ports, in a fixed order.</summary>
    [JsonIgnore]
    public abstract IReadOnlyList<string> OutputPorts { get; }

    /// <summary>
    /// The activity whose end this activity's time limits are counted from (the procedure's <c>from STEP</c>); null when
    /// they count from when the dossier reaches it. Written only when set, so other definitions keep their JSON and hash.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LimitFrom { get; init; }
}
