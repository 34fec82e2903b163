using Procedures.Calendar;
using Procedures.Language.Binding;
using Procedures.Workflows;
using Procedures.Workflows.Activities;

namespace Procedures.Compiler;

/// <summary>Lays the steps out as a flowchart: each step's ports connected to where its outcomes lead.</summary>
sealed class FlowchartBuilder(BoundProcedure procedure, TimeLimit deadline)
{
    readonly List<Activity> activities = [];
    readonly List<Connection> connections = [];
    readonly StepFlow flow = new(procedure.Steps, procedure.Phases);

    /// <summary>Where a refusal is handed back: the final return (a return mid-way hands out a phase's result).</summary>
    string? ReturnStep => procedure.Steps.FirstOrDefault(s => s.Kind == StepKind.Return && !flow.IsMidWay(s))?.Id;

    /// <summary>The receiving agency's name on the receipt and the return, when another agency's one-stop office receives.</summary>
    readonly string? receivingAgency = procedure.ReceivingAgency?.Name;

    /// <summary>
    /// A receipt without its own time limit is done within half a working day. Assumed: Decree 61/2018
    /// Art. 18 moves paper dossiers on the day of receipt (or the next morning after 15:00).
    /// </summary>
    static readonly TimeLimit DefaultReceipt = TimeLimit.WorkingDays(0.5m);

    public Flowchart Build()
    {
        activities.Add(new StartActivity(ProcedureCompiler.StartId, "Bắt đầu"));
        Connect(ProcedureCompiler.StartId, Ports.Done, Id(procedure.Steps[0].Id));
        foreach (var (step, index) in procedure.Steps.Select((s, i) => (s, i)))
            Add(step, index);
        activities.Add(new EndActivity(ProcedureCompiler.EndId, "Kết thúc"));
        return new Flowchart(activities, connections);
    }

    void Add(BoundStep step, int index)
    {
        var id = Id(step.Id);
        var from = step.LimitFrom is { } anchor ? Id(anchor.Step) : null;
        var unit = step.Responsible?.Name ?? "";
        // A step that states no time limit must still end within the procedure's own.
        var limit = step.Limit ?? deadline;
        switch (step.Kind)
        {
            case StepKind.Receive:
                activities.Add(new ReceiptActivity(id, step.Title, unit, step.Limit ?? DefaultReceipt) { Agency = receivingAgency });
                GoOn(step, Ports.Received);
                CompletionRequest(step, Ports.Incomplete);
                Refusal(step, Ports.Refused, returnToApplicant: false);
                break;
            case StepKind.Task:
                var chosen = step.Outcomes.Where(o => !o.IsSilence).Select(o => o.Name).ToArray();
                activities.Add(new UnitTaskActivity(id, step.Title, unit, limit, chosen.Length > 0 ? chosen : null)
                {
                    Performer = step.Responsible?.Performer switch
                    {
                        Performer.Applicant => StepPerformer.Applicant,
                        Performer.Party => StepPerformer.Party,
                        _ => StepPerformer.Unit,
                    },
                    RecordedBy = step.RecordedBy?.Name,
                    ConsentBySilence = step.Outcomes.Any(o => o.IsSilence),
                    LimitFrom = from,
                    OutcomeLimits = OutcomeLimits(step),
                });
                GoOn(step, Ports.Done);
                foreach (var outcome in step.Outcomes)
                    Outcome(step, outcome.IsSilence ? Ports.Silence : outcome.Name, outcome);
                break;
            case StepKind.Await:
                activities.Add(new AwaitActivity(id, step.Title, step.Responsible?.Name ?? "", step.Responsible?.Performer == Performer.Applicant,
                    RecordedBy(index), step.Limit, Named(step))
                { LimitFrom = from, OutcomeLimits = OutcomeLimits(step) });
                GoOn(step, Ports.Done);
                foreach (var outcome in step.Outcomes)
                    Outcome(step, outcome.IsSilence ? Ports.Silence : outcome.Name, outcome);
                break;
            case StepKind.Transfer:
                activities.Add(new TransferActivity(id, step.Title, step.ForwardTo?.Name ?? "", limit));
                GoOn(step, Ports.Done);
                break;
            case StepKind.Notify:
                // Sent by the unit named, else by the dossier's executing agency itself.
                activities.Add(new NoticeActivity(id, step.Title, step.Responsible?.Name, step.ForwardTo?.Name ?? ""));
                GoOn(step, Ports.Done);
                break;
            case StepKind.Consult:
                activities.Add(new ConsultationActivity(id, step.Title,
                    step.Consultations.Select(c => new ConsultedAgency(c.Agency.Name, c.Limit ?? limit)).ToArray())
                { LimitFrom = from });
                GoOn(step, Ports.Done);
                break;
            case StepKind.Route:
                activities.Add(new RoutingSlipActivity(id, step.Title,
                    step.Route.Select(r => new RoutingStop(r.Agency.Name, r.Task, r.Limit ?? limit)).ToArray())
                { LimitFrom = from });
                GoOn(step, Ports.Done);
                break;
            case StepKind.Forward:
                activities.Add(new ForwardingActivity(id, step.Title, step.ForwardTo?.Name ?? "", limit) { LimitFrom = from });
                GoOn(step, Ports.Done);
                break;
            case StepKind.Post:
                activities.Add(new PublicPostingActivity(id, step.Title, unit, limit) { LimitFrom = from });
                GoOn(step, Ports.Done);
                foreach (var outcome in step.Outcomes)
                    Outcome(step, Ports.Complaint, outcome);
                break;
            case StepKind.Branch:
                activities.Add(new DecisionActivity(id, step.Title, step.Condition?.Text ?? ""));
                foreach (var outcome in step.Outcomes)
                    Outcome(step, outcome.Name == "yes" ? Ports.True : Ports.False, outcome);
                break;
            case StepKind.Return:
                activities.Add(new ReturnResultActivity(id, step.Title, unit) { Agency = receivingAgency });
                if (flow.GoesOn(step))
                    GoOn(step, Ports.Done);
                else
                    Connect(id, Ports.Done, ProcedureCompiler.EndId);
                break;
        }
    }

    static IReadOnlyList<string>? Named(BoundStep step) => step.Outcomes.Count > 0 ? step.Outcomes.Select(o => o.Name).ToArray() : null;

    static IReadOnlyDictionary<string, TimeLimit>? OutcomeLimits(BoundStep step) =>
        step.Outcomes.Any(o => o.Limit is not null) ? step.Outcomes.Where(o => o.Limit is not null).ToDictionary(o => o.Name, o => o.Limit!) : null;

    /// <summary>
    /// Who records an outside body's answer: the unit of the step written before the await (the one that sent the
    /// dossier out), or the one-stop office when none does.
    /// </summary>
    string RecordedBy(int index)
    {
        for (var i = index - 1; i >= 0; i--)
            if (procedure.Steps[i].Responsible is { Performer: Performer.Unit } unit)
                return unit.Name;
        return "Bộ phận Một cửa";
    }

    void Outcome(BoundStep step, string port, BoundOutcome outcome)
    {
        switch (outcome.Target)
        {
            case OutcomeTargetKind.Step:
                Connect(Id(step.Id), port, Id(outcome.Step!));
                break;
            case OutcomeTargetKind.RequestCompletion:
                CompletionRequest(step, port);
                break;
            case OutcomeTargetKind.ReturnDossier:
                ReturnDossier(step, port);
                break;
            default:
                Refusal(step, port, returnToApplicant: true);
                break;
        }
    }

    /// <summary>When the flow goes on from the step (<see cref="StepFlow.GoesOn(BoundStep)"/>), its port leads to the step written after it, or to the end.</summary>
    void GoOn(BoundStep step, string port)
    {
        if (flow.GoesOn(step))
            Connect(Id(step.Id), port, step.Next is { } next ? Id(next) : ProcedureCompiler.EndId);
    }

    /// <summary>
    /// The applicant completes the dossier and it comes back to the step that asked (Decree 61/2018 Art. 17, 19). The
    /// request is the agency's whose unit does the step (the executing agency's, for a step with no unit): the runtime
    /// lets each agency ask once.
    /// </summary>
    void CompletionRequest(BoundStep step, string port)
    {
        var id = Id(step.Id) + "--bo-sung";
        if (activities.All(a => a.Id != id))
        {
            var agency = step.Responsible?.Agency is { Length: > 0 } own ? own : procedure.Agency.Name;
            activities.Add(new CompletionRequestActivity(id, $"Yêu cầu bổ sung, hoàn thiện hồ sơ ({step.Title})", agency));
            Connect(id, Ports.Completed, Id(step.Id));
        }
        Connect(Id(step.Id), port, id);
    }

    /// <summary>The dossier goes back to the applicant to amend and submit again, handed back through the return step.</summary>
    void ReturnDossier(BoundStep step, string port)
    {
        var id = Id(step.Id) + "--tra-ho-so";
        if (activities.All(a => a.Id != id))
        {
            activities.Add(new ReturnForAmendmentActivity(id, $"Trả lại hồ sơ ({step.Title})"));
            if (ReturnStep is { } returnStep)
                Connect(id, Ports.Done, Id(returnStep));
        }
        Connect(Id(step.Id), port, id);
    }

    /// <summary>A refusal at receipt ends the dossier there; a later one goes back to the applicant through the return step.</summary>
    void Refusal(BoundStep step, string port, bool returnToApplicant)
    {
        var id = Id(step.Id) + "--tu-choi";
        if (activities.All(a => a.Id != id))
        {
            activities.Add(new RefusalActivity(id, returnToApplicant ? $"Từ chối giải quyết ({step.Title})" : "Từ chối tiếp nhận hồ sơ"));
            if (returnToApplicant && ReturnStep is { } returnStep)
                Connect(id, Ports.Done, Id(returnStep));
        }
        Connect(Id(step.Id), port, id);
    }

    void Connect(string from, string port, string to) => connections.Add(Connection.Create(from, port, to));

    static string Id(string stepId) => ActivityIds.FromStepId(stepId);
}
