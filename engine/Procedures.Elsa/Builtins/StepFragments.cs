using System.Text.Json.Nodes;
using Procedures.Expressions;
using Procedures.Workflows;
using Procedures.Workflows.Activities;

namespace Procedures.Elsa.Builtins;

/// <summary>
/// The one dispatch over activity kinds in the built-ins profile: what each step of a procedure becomes on a stock
/// Elsa 3.7 server (CONTRACT.md §5, §7–§9). A step that waits for a person, an agency or the end of a period is an
/// <c>Elsa.Event</c>; when it has several outcomes a <c>FlowSwitch</c> follows it at once, its case labels the
/// outcomes and its <c>Default</c> leading back to the event (an outcome the step does not allow leaves it waiting).
/// A consultation of several agencies forks, waits for each reply and joins in <c>WaitAll</c>; a routing slip is a
/// chain of events; a branch on the dossier's data is a <c>FlowDecision</c> in Elsa's C#; refusal and return set
/// the variable <c>Outcome</c>; the end is <c>Elsa.End</c>. No timer: every deadline is counted in working days by
/// the procedures engine, and a posting's event is triggered when the period it counted ends.
/// </summary>
internal static class StepFragments
{
    // CS8524 asks for an arm for values outside the enum (a cast integer); a discard arm would silence CS8509, the
    // check that a kind added to the model gets its arm here.
#pragma warning disable CS8524
    public static Fragment For(Activity activity, WorkflowDefinition definition) => activity.Kind switch
    {
        // A procedure its agency starts itself has no receipt: the start carries what the receipt would check.
        ActivityKind.Start => Single(BuiltinActivities.StartOf(activity.Id, definition.Facts.StartedByAgency
            ? StepFacts.Of(activity) with { Documents = definition.Facts.Documents, LegalBasis = definition.Facts.LegalBasis }
            : StepFacts.Of(activity), activity.Name), Ports.Done),
        ActivityKind.End => Single(BuiltinActivities.EndOf(activity.Id, StepFacts.Of(activity), activity.Name), null),
        ActivityKind.Receipt => Waiting(activity, definition, StepFacts.Of(activity) with
        {
            Unit = As<ReceiptActivity>(activity).Unit,
            Agency = As<ReceiptActivity>(activity).Agency,
            TimeLimit = As<ReceiptActivity>(activity).TimeLimit,
            Documents = definition.Facts.Documents,
            LegalBasis = definition.Facts.LegalBasis,
        }),
        // A step done by the applicant or a party is recorded by an officer; at deemed approval the procedures engine
        // triggers the step's event with the outcome Silence when the limit it counted passes.
        ActivityKind.UnitTask => Waiting(activity, definition, StepFacts.Of(activity) with
        {
            Unit = As<UnitTaskActivity>(activity).Unit,
            TimeLimit = As<UnitTaskActivity>(activity).TimeLimit,
            Performer = As<UnitTaskActivity>(activity).Performer == StepPerformer.Unit ? null : As<UnitTaskActivity>(activity).Performer.ToString(),
            RecordedBy = As<UnitTaskActivity>(activity).RecordedBy,
            OnSilence = As<UnitTaskActivity>(activity).ConsentBySilence ? Ports.Silence : null,
            OutcomeLimits = As<UnitTaskActivity>(activity).OutcomeLimits,
            StopsClock = As<UnitTaskActivity>(activity).Performer == StepPerformer.Applicant,
        }),
        // An outside body's answer, recorded by an officer of the unit that sent the dossier out: an event like a unit's
        // step; the agency's clock standing still while it waits is the procedures engine's to count.
        ActivityKind.Await => Waiting(activity, definition, StepFacts.Of(activity) with
        {
            Unit = As<AwaitActivity>(activity).RecordedBy,
            Agency = As<AwaitActivity>(activity).Party,
            Performer = As<AwaitActivity>(activity).ByApplicant ? nameof(StepPerformer.Applicant) : null,
            TimeLimit = As<AwaitActivity>(activity).TimeLimit,
            OutcomeLimits = As<AwaitActivity>(activity).OutcomeLimits,
            StopsClock = true,
        }),
        ActivityKind.Consultation => Consultation(As<ConsultationActivity>(activity), definition),
        ActivityKind.RoutingSlip => RoutingSlip(As<RoutingSlipActivity>(activity), definition),
        ActivityKind.Forwarding => Waiting(activity, definition, StepFacts.Of(activity) with
        {
            Agency = As<ForwardingActivity>(activity).Agency,
            TimeLimit = As<ForwardingActivity>(activity).TimeLimit,
        }),
        // The event comes when the period's last working day ends, as the procedures engine counts it (outcome Done),
        // or when a complaint is lodged within it (outcome Complaint).
        ActivityKind.PublicPosting => Waiting(activity, definition, StepFacts.Of(activity) with
        {
            Unit = As<PublicPostingActivity>(activity).Place,
            TimeLimit = As<PublicPostingActivity>(activity).TimeLimit,
        }),
        ActivityKind.Decision => Branch(As<DecisionActivity>(activity), definition),
        ActivityKind.CompletionRequest => Waiting(activity, definition, StepFacts.Of(activity)),
        ActivityKind.Refusal => Refusal(As<RefusalActivity>(activity), definition),
        // A return mid-way hands out a phase's result and leaves the dossier's outcome as it is; the final one settles it.
        ActivityKind.ReturnResult => Single(BuiltinActivities.SetVariableOf(activity.Id, ElsaVariable.Outcome, "CSharp",
            definition.Facts.IsMidWay(activity.Id) ? $"Variable.{ElsaVariable.Outcome.Name}" : $"Variable.{ElsaVariable.Outcome.Name} ?? \"{Resolved}\"",
            StepFacts.Of(activity) with
            {
                Unit = As<ReturnResultActivity>(activity).Unit,
                Agency = As<ReturnResultActivity>(activity).Agency,
                PhaseResult = definition.Facts.IsMidWay(activity.Id) && definition.Facts.PhaseOf(activity.Id) is { } phase ? phase.Result ?? phase.Name : null,
            }, activity.Name), Ports.Done),
        ActivityKind.Notice => Notice(As<NoticeActivity>(activity), definition),
        ActivityKind.Transfer => Waiting(activity, definition, StepFacts.Of(activity) with
        {
            Agency = As<TransferActivity>(activity).Agency,
            TimeLimit = As<TransferActivity>(activity).TimeLimit,
        }),
        ActivityKind.ReturnForAmendment => Ending(activity, definition, ReturnedForAmendment),
    };
#pragma warning restore CS8524

    /// <summary>The values of <see cref="ElsaVariable.Outcome"/>: how the dossier ended.</summary>
    public const string Refused = "refused", Resolved = "resolved", ReturnedForAmendment = "returned-for-amendment";

    /// <summary>The suffix of a switch's id: <c>&lt;step&gt;--ket-qua</c> (kết quả, the step's outcome).</summary>
    public const string OutcomeSuffix = "--ket-qua";

    /// <summary>The suffix of a consultation's join: <c>&lt;step&gt;--du-y-kien</c> (đủ ý kiến, every reply in).</summary>
    public const string RepliesSuffix = "--du-y-kien";

    static Fragment Single(ElsaActivity activity, string? port) =>
        new([activity], [], port is null ? new Dictionary<string, Exit>() : new() { [port] = new(activity.Id, BuiltinActivities.Done) });

    /// <summary>
    /// A step that waits for one event. The ports the procedure connects are its choices: with one, the event is an
    /// acknowledgement that leaves through it; with several, a FlowSwitch over the payload's <c>outcome</c> picks one.
    /// </summary>
    static Fragment Waiting(Activity activity, WorkflowDefinition definition, StepFacts facts)
    {
        var choices = activity.OutputPorts.Where(p => definition.Root.Targets(activity.Id, p).Any()).ToList();
        var name = EventNames.For(definition.DefinitionId, activity.Id);
        if (choices.Count < 2)
        {
            var acknowledgement = BuiltinActivities.EventOf(activity.Id, name, keepPayload: false, facts, activity.Name);
            return new([acknowledgement], [], choices.ToDictionary(p => p, _ => new Exit(activity.Id, BuiltinActivities.Done)));
        }
        var decision = BuiltinActivities.EventOf(activity.Id, name, keepPayload: true, facts, activity.Name);
        var switchId = activity.Id + OutcomeSuffix;
        var outcome = BuiltinActivities.SwitchOf(switchId, choices, StepFacts.Of(activity), $"Kết quả: {activity.Name}");
        return new([decision, outcome],
            [new(decision.Id, BuiltinActivities.Done, switchId), new(switchId, BuiltinActivities.Default, decision.Id)],
            choices.ToDictionary(p => p, p => new Exit(switchId, p)));
    }

    /// <summary>One agency: its reply is the step's event. Several: a fork, one reply event each, a join in WaitAll.</summary>
    static Fragment Consultation(ConsultationActivity activity, WorkflowDefinition definition)
    {
        if (activity.Agencies is [var only])
            return Waiting(activity, definition, StepFacts.Of(activity) with { Agency = only.Agency, TimeLimit = only.TimeLimit });

        var branches = Slugs(activity.Agencies.Select(a => a.Agency));
        var fork = BuiltinActivities.ForkOf(activity.Id, branches, StepFacts.Of(activity), activity.Name);
        var join = BuiltinActivities.JoinOf(activity.Id + RepliesSuffix, StepFacts.Of(activity), $"Đủ ý kiến: {activity.Name}");
        var replies = activity.Agencies.Select((agency, i) =>
        {
            var id = $"{activity.Id}--{branches[i]}";
            return BuiltinActivities.EventOf(id, EventNames.For(definition.DefinitionId, id), keepPayload: false,
                StepFacts.Of(activity) with { Agency = agency.Agency, TimeLimit = agency.TimeLimit }, $"Ý kiến: {agency.Agency}");
        }).ToList();
        return new([fork, .. replies, join],
            [
                .. replies.Select((reply, i) => new ElsaConnection(fork.Id, branches[i], reply.Id)),
                .. replies.Select(reply => new ElsaConnection(reply.Id, BuiltinActivities.Done, join.Id)),
            ],
            new Dictionary<string, Exit> { [Ports.Done] = new(join.Id, BuiltinActivities.Done) });
    }

    /// <summary>One event per stop, in the slip's order; the first has the step's id, the n-th <c>&lt;step&gt;--&lt;n&gt;-&lt;agency&gt;</c>.</summary>
    static Fragment RoutingSlip(RoutingSlipActivity activity, WorkflowDefinition definition)
    {
        if (activity.Stops.Count == 0)
            return Waiting(activity, definition, StepFacts.Of(activity));
        var slugs = activity.Stops.Select(s => ActivityIds.FromStepId(s.Agency)).ToList();
        var stops = activity.Stops.Select((stop, i) =>
        {
            var id = i == 0 ? activity.Id : $"{activity.Id}--{i + 1}-{slugs[i]}";
            return BuiltinActivities.EventOf(id, EventNames.For(definition.DefinitionId, id), keepPayload: false,
                StepFacts.Of(activity) with { Agency = stop.Agency, Task = stop.Task, TimeLimit = stop.TimeLimit },
                $"{i + 1}. {stop.Agency}{(stop.Task is null ? "" : $": {stop.Task}")}");
        }).ToList();
        return new(stops,
            [.. stops.Zip(stops.Skip(1), (from, to) => new ElsaConnection(from.Id, BuiltinActivities.Done, to.Id))],
            new Dictionary<string, Exit> { [Ports.Done] = new(stops[^1].Id, BuiltinActivities.Done) });
    }

    /// <summary>A branch on the dossier's data: a FlowDecision over the workflow inputs (<c>Input.Tuổi &gt;= 60</c>).</summary>
    static Fragment Branch(DecisionActivity activity, WorkflowDefinition definition)
    {
        var condition = ElsaConditions.Translate(definition.Facts.Data, activity.Condition);
        if (!condition.Problems.IsEmpty)
            throw new ArgumentException(
                $"the condition of \"{activity.Id}\" reads \"{condition.Problems[0].Arguments[0]}\", which Elsa's C# cannot read; the compiler reports it as PRC2213",
                nameof(definition));
        var decision = BuiltinActivities.DecisionOf(activity.Id, condition.Text, StepFacts.Of(activity), activity.Name);
        return new([decision], [], new Dictionary<string, Exit>
        {
            [Ports.True] = new(decision.Id, Ports.True),
            [Ports.False] = new(decision.Id, Ports.False),
        });
    }

    /// <summary>Records the refusal; one nobody hands back to the applicant ends the dossier, as End does.</summary>
    static Fragment Refusal(RefusalActivity activity, WorkflowDefinition definition) => Ending(activity, definition, Refused);

    /// <summary>
    /// Records how the dossier ends (refused, returned for amendment) in <see cref="ElsaVariable.Outcome"/>; when nobody
    /// hands it back to the applicant it ends the dossier, as End does.
    /// </summary>
    static Fragment Ending(Activity activity, WorkflowDefinition definition, string outcome)
    {
        var ending = BuiltinActivities.SetVariableOf(activity.Id, ElsaVariable.Outcome, "Literal", outcome, StepFacts.Of(activity), activity.Name);
        var ends = !definition.Root.Targets(activity.Id, Ports.Done).Any() && definition.Root.Activities.FirstOrDefault(a => a.Kind == ActivityKind.End) is { } end
            ? new[] { new ElsaConnection(ending.Id, BuiltinActivities.Done, end.Id) }
            : [];
        return new([ending], ends, new Dictionary<string, Exit> { [Ports.Done] = new(ending.Id, BuiltinActivities.Done) });
    }

    /// <summary>
    /// A notice publishes the step's event for the dossier, carrying whom it goes to (and the unit that sends it, when
    /// the procedure names one; otherwise the dossier's executing agency sends it), and goes on at once.
    /// </summary>
    static Fragment Notice(NoticeActivity activity, WorkflowDefinition definition)
    {
        var payload = new JsonObject { ["step"] = activity.Id, ["title"] = activity.Name, ["recipient"] = activity.Recipient };
        if (activity.Sender is { } sender) payload["sender"] = sender;
        var notice = BuiltinActivities.PublishEventOf(activity.Id, EventNames.For(definition.DefinitionId, activity.Id), payload,
            StepFacts.Of(activity) with { Unit = activity.Sender, Recipient = activity.Recipient }, activity.Name);
        return Single(notice, Ports.Done);
    }

    /// <summary>Agencies as branch names and id parts: slugs, a repeated one numbered (<c>so-y-te-2</c>).</summary>
    static List<string> Slugs(IEnumerable<string> agencies)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return agencies.Select(a =>
        {
            var slug = ActivityIds.FromStepId(a);
            var unique = slug;
            for (var n = 2; !seen.Add(unique); n++) unique = $"{slug}-{n}";
            return unique;
        }).ToList();
    }

    // Each activity record reports its own kind, so the cast cannot fail for a definition built from the model.
    static T As<T>(Activity activity) where T : Activity => (T)activity;
}
