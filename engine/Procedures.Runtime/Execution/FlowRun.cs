using System.Collections.Immutable;
using NodaTime;
using Procedures.Calendar;
using Procedures.Runtime.Conditions;
using Procedures.Runtime.Messages;
using Procedures.Runtime.State;
using Procedures.Workflows;
using Procedures.Workflows.Activities;
using Rendering = Procedures.Workflows.Rendering;

namespace Procedures.Runtime.Execution;

/// <summary>
/// One transition of one dossier: a working copy of the instance that activities are entered into until every
/// branch waits at a bookmark or ends. Lives for a single call; the result is a new immutable instance.
/// </summary>
internal sealed partial class FlowRun(
    WorkflowDefinition definition,
    IWorkingCalendar calendar,
    IConditionEvaluator? conditions,
    LocalDateTime now,
    WorkflowInstance state,
    string? receiptNumber = null)
{
    /// <summary>A flow that keeps entering activities without ever waiting is a broken definition, not a long dossier.</summary>
    private const int MaxActivations = 10_000;

    /// <summary>Whom the dossier waits on while the applicant completes it, in the control record's stop row.</summary>
    private const string Applicant = "Người nộp hồ sơ";

    private readonly Queue<string> _queue = new();
    private readonly List<(JournalEntry Entry, bool TakesFinalStatus)> _entries = [];
    private readonly Dictionary<string, ActiveStep> _left = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LocalDateTime> _resumedDue = new(StringComparer.Ordinal);
    private int _activations;
    private bool _terminated;
    private Refusal? _failure;

    public WorkflowInstance State { get; private set; } = state;
    public LocalDateTime Now => now;
    public WorkflowDefinition Definition => definition;
    public IWorkingCalendar Calendar => calendar;

    /// <summary>Reasons given with the decision that led here, handed to a following refusal.</summary>
    public string? CarriedNote { get; set; }

    /// <summary>The number the host took for the dossier in case this transition receives it (Circular 01/2018 Art. 19).</summary>
    public string? ReceiptNumber => receiptNumber;

    /// <summary>Stops the transition: the whole run is refused with <paramref name="refusal"/> and nothing of it is kept.</summary>
    public void Fail(Refusal refusal)
    {
        _failure ??= refusal;
        _queue.Clear();
    }

    /// <summary>The step as it was when this run left it, if it did.</summary>
    public ActiveStep? Left(string activityId) => _left.GetValueOrDefault(activityId);

    /// <summary>
    /// When <paramref name="activityId"/> is entered next in this run, it waits with <paramref name="due"/> rather than a
    /// fresh time limit: a step the dossier comes back to after the applicant completed it resumes its own clock.
    /// </summary>
    public void ResumeStepAt(string activityId, LocalDateTime due) => _resumedDue[activityId] = due;

    /// <summary>When <paramref name="a"/> is due as it waits now: its own resumed due time (<see cref="ResumeStepAt"/>), else <paramref name="fresh"/>.</summary>
    public LocalDateTime? DueOnEntry(Activity a, LocalDateTime? fresh) => _resumedDue.Remove(a.Id, out var resumed) ? resumed : fresh;

    public void Update(Func<WorkflowInstance, WorkflowInstance> change) => State = change(State);

    public LocalDateTime Due(TimeLimit limit) => calendar.Add(now, limit);

    /// <summary>
    /// The due moment of one of <paramref name="activity"/>'s limits: from now, or from the end of the activity it is
    /// counted from (<see cref="Activity.LimitFrom"/>), the clock's stops since then not counted.
    /// </summary>
    public LocalDateTime DueOf(Activity activity, TimeLimit limit) =>
        activity.LimitFrom is { } from && EndOf(from) is { } end ? AgencyClock.Counted(this, end, limit) : calendar.Add(now, limit);

    /// <summary>When an activity last ended (left through a port), if it has; this run's rows included.</summary>
    public LocalDateTime? EndOf(string activityId)
    {
        static bool Ends(JournalEntry e, string id) => e.ActivityId == id && e.Event is JournalEvent.StepCompleted or JournalEvent.ConditionEvaluated
            or JournalEvent.ResultReturned or JournalEvent.PhaseResultReturned;
        for (var i = _entries.Count - 1; i >= 0; i--)
            if (Ends(_entries[i].Entry, activityId))
                return _entries[i].Entry.DoneAt;
        return State.Journal.LastOrDefault(e => Ends(e, activityId))?.DoneAt;
    }

    public LocalDateTime WarnAt(LocalDateTime startedAt, LocalDateTime dueAt) => VietnamTime.WarnAt(calendar, startedAt, dueAt);

    /// <summary>Adds a journal line; without <paramref name="status"/> it gets the status the dossier has when the call ends.</summary>
    public void Journal(JournalEvent ev, string? activityId, string step, string? unit, string? outcome,
        LocalDateTime receivedAt, LocalDateTime? dueAt, LocalDateTime doneAt, string? note = null, DossierStatus? status = null,
        LocalDateTime? appointment = null)
    {
        var entry = new JournalEntry(0, ev, activityId, step, unit, outcome, receivedAt, dueAt, doneAt,
            PunctualityRules.Of(doneAt, dueAt), status ?? State.Status, note, appointment);
        _entries.Add((entry, status is null));
    }

    public void RemoveStep(string activityId)
    {
        if (State.ActiveSteps.FirstOrDefault(s => s.ActivityId == activityId) is { } step) _left[activityId] = step;
        State = State with { ActiveSteps = State.ActiveSteps.RemoveAll(s => s.ActivityId == activityId) };
    }

    public void ReplaceStep(ActiveStep step) =>
        State = State with { ActiveSteps = State.ActiveSteps.Select(s => s.ActivityId == step.ActivityId ? step : s).ToImmutableList() };

    /// <summary>Leaves <paramref name="activityId"/> through <paramref name="port"/>: every connected activity is entered next.</summary>
    public void Follow(string activityId, string port)
    {
        Appointments.Left(this, activityId);
        foreach (var target in definition.Root.Targets(activityId, port)) _queue.Enqueue(target);
    }

    /// <summary>Ends every branch (End activity, or a refusal nobody returns).</summary>
    public void Terminate()
    {
        _terminated = true;
        _queue.Clear();
        State = State with { ActiveSteps = [] };
    }

    /// <summary>Enters queued activities until all branches wait or end. Returns an error for a definition that loops without waiting.</summary>
    public Refusal? Run()
    {
        while (_queue.Count > 0)
        {
            if (++_activations > MaxActivations)
                return RefusalCatalogue.Loops.With(MaxActivations.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var id = _queue.Dequeue();
            if (State.ActiveSteps.Any(s => s.ActivityId == id)) continue; // joining branches enter a step once
            if (definition.Root.Find(id) is { } activity) Enter(activity);
        }
        return _failure;
    }

    /// <summary>The new instance: finished when nothing waits, status settled, journal numbered.</summary>
    public WorkflowInstance Complete()
    {
        var finished = _terminated || State.ActiveSteps.IsEmpty;
        if (finished && State.FinishedAt is null)
        {
            var returned = State.Journal.Any(e => e.Event == JournalEvent.ResultReturned) ||
                           _entries.Any(e => e.Entry.Event == JournalEvent.ResultReturned);
            State = State with
            {
                FinishedAt = now,
                Outcome = State.Outcome is DossierOutcome.Refused or DossierOutcome.ReturnedForAmendment ? State.Outcome : DossierOutcome.Resolved,
                Status = State.Outcome switch
                {
                    DossierOutcome.Refused => DossierStatus.Refused,
                    DossierOutcome.ReturnedForAmendment => DossierStatus.ReturnedForAmendment,
                    _ => returned ? DossierStatus.Returned : DossierStatus.Completed,
                },
            };
        }
        else if (!finished)
        {
            State = State with { Status = WaitingStatus(State.ActiveSteps[^1]) };
        }

        // Each line records the status AFTER its hand-over (Circular 01/2018 form 05; Circular 22/2019 Art. 4). A line
        // with no status of its own takes the status the dossier settles in when this call ends, unless a later line
        // of the same call sets one (the return of the result, a refusal): until then the dossier is being processed,
        // so a signing followed at once by the return is "Đang xử lý", not "Đã trả kết quả".
        var sequence = State.Journal.Count;
        var added = _entries.Select((e, i) => e.Entry with
        {
            Sequence = ++sequence,
            Status = !e.TakesFinalStatus ? e.Entry.Status
                : _entries.Skip(i + 1).Any(later => !later.TakesFinalStatus) ? DossierStatus.InProgress
                : State.Status,
        });
        return State with { Journal = State.Journal.AddRange(added) };
    }

    /// <summary>Enters one activity through the behaviour of its kind, the one dispatch over activity kinds.</summary>
    private void Enter(Activity activity)
    {
        Appointments.Entering(this, activity);
        ActivityBehaviours.For(activity.Kind).Enter(this, activity);
    }

    /// <summary>
    /// The dossier waits on someone outside the agency: the clock stops (<see cref="AgencyClock"/>) and an officer of the
    /// unit that sent it out records the answer, within the outside body's own limit if it has one.
    /// </summary>
    public void EnterAwait(AwaitActivity a)
    {
        LocalDateTime? due = a.TimeLimit is { } limit ? DueOf(a, limit) : null;
        AgencyClock.Stop(this, a.Id, a.Party);
        WaitForOfficer(a, a.RecordedBy, due, agency: a.Party, outcomeLimits: a.OutcomeLimits);
    }

    public void EnterForwarding(ForwardingActivity a)
    {
        var due = DueOf(a, a.TimeLimit);
        Wait(a, a.Agency, due, [Bookmark(BookmarkKind.AgencyReply, a.Id, a.Agency, [], due)]);
    }

    public void EnterPosting(PublicPostingActivity a)
    {
        var due = DueOf(a, a.TimeLimit);
        Wait(a, a.Place, due,
        [
            Bookmark(BookmarkKind.Timer, a.Id, null, [], due),
            Bookmark(BookmarkKind.Complaint, a.Id, null, [Ports.Complaint], due),
        ]);
    }

    /// <summary>
    /// Asks the applicant to complete the dossier (form 02), if the one-stop rules allow it (<see cref="CompletionLimits"/>):
    /// at the receipt it is the guidance given once; during processing the agency's clock stops until the dossier is back.
    /// </summary>
    public void EnterCompletionRequest(CompletionRequestActivity a)
    {
        var asking = definition.Root.Targets(a.Id, Ports.Completed).Select(definition.Root.Find).FirstOrDefault();
        var atReceipt = asking is ReceiptActivity;
        var agency = a.Agency ?? (State.ExecutingAgency ?? definition.Facts.ExecutingAgency).Name;
        if (CompletionLimits.Refusal(definition.Facts, State, atReceipt, agency) is { } refused)
        {
            Fail(refused);
            return;
        }
        var askedBy = asking?.Id ?? a.Id;
        var request = new CompletionRequestRecord(a.Id, askedBy, agency, atReceipt, now, Left(askedBy)?.DueAt);
        State = State with { CompletionRequests = State.CompletionRequests.Add(request) };
        // During processing the agency's clock stops until the dossier is back (Decree 61/2018 Art. 19 as amended by Decree 107/2021).
        if (!atReceipt) AgencyClock.Stop(this, a.Id, Applicant);
        Wait(a, null, null, [Bookmark(BookmarkKind.ApplicantCompletion, a.Id, null, [Ports.Completed], null, CarriedNote)]);
    }

    public void EnterConsultation(ConsultationActivity a)
    {
        var bookmarks = a.Agencies.Select(c => Bookmark(BookmarkKind.AgencyReply, a.Id, c.Agency, [], DueOf(a, c.TimeLimit))).ToList();
        LocalDateTime? due = bookmarks.Count == 0 ? null : bookmarks.Max(b => b.DueAt!.Value);
        Wait(a, string.Join("; ", a.Agencies.Select(c => c.Agency)), due, bookmarks);
        if (bookmarks.Count == 0) CompleteAtOnce(a, Ports.Done, "không có cơ quan được hỏi ý kiến");
    }

    public void EnterRoutingSlip(RoutingSlipActivity a)
    {
        if (a.Stops.Count == 0)
        {
            Wait(a, null, null, []);
            CompleteAtOnce(a, Ports.Done, "phiếu chuyển không có cơ quan nào");
            return;
        }
        // The step's own due is the sum of the stops' limits, chained one after another as the slip prescribes.
        var first = a.Stops[0];
        var firstDue = DueOf(a, first.TimeLimit);
        var due = firstDue;
        foreach (var stop in a.Stops.Skip(1)) due = calendar.Add(due, stop.TimeLimit);
        Wait(a, first.Agency, due, [Bookmark(BookmarkKind.AgencyReply, a.Id, first.Agency, [], firstDue, first.Task)]);
    }

    public void EnterDecision(DecisionActivity a)
    {
        var result = conditions.TryEvaluate(definition, a.Condition, State.Data);

        if (result.Value is { } value)
        {
            var port = value ? Ports.True : Ports.False;
            Journal(JournalEvent.ConditionEvaluated, a.Id, a.Name, null, port, now, null, now,
                ConditionInputs.Describe(a.Condition, definition.Facts.Data, State.Data));
            Follow(a.Id, port);
            return;
        }
        WaitForOfficer(a, null, null, a.Condition);
    }

    public void EnterRefusal(RefusalActivity a)
    {
        var reasons = CarriedNote ?? State.RefusalReasons;
        State = State with { Outcome = DossierOutcome.Refused, RefusalReasons = reasons };
        Journal(JournalEvent.Refused, a.Id, a.Name, null, Ports.Done, now, null, now, reasons, DossierStatus.Refused);
        if (definition.Root.Targets(a.Id, Ports.Done).Any()) Follow(a.Id, Ports.Done);
        else Terminate();
    }

    public void EnterReturn(ReturnResultActivity a)
    {
        if (State.Outcome == DossierOutcome.Pending && definition.Facts.IsMidWay(a.Id) && definition.Facts.PhaseOf(a.Id) is { } phase)
        {
            // A phase's result handed out mid-way, on time or late against the phase's appointment; the dossier goes on.
            Journal(JournalEvent.PhaseResultReturned, a.Id, a.Name, a.Unit, Ports.Done, now, State.DueAt, now,
                $"trả kết quả giai đoạn \"{phase.Name}\": {phase.Result ?? phase.Name}", DossierStatus.InProgress);
            Follow(a.Id, Ports.Done);
            return;
        }
        var (note, status) = State.Outcome switch
        {
            DossierOutcome.Refused => ("trả văn bản từ chối", DossierStatus.Refused),
            DossierOutcome.ReturnedForAmendment => ("trả lại hồ sơ để sửa đổi, bổ sung và nộp lại", DossierStatus.ReturnedForAmendment),
            _ => ((string?)null, DossierStatus.Returned),
        };
        if (status == DossierStatus.Returned) State = State with { Outcome = DossierOutcome.Resolved };
        // Returned on time or late against the appointment (as moved by an apology, if any). A refused dossier gets the
        // refusal letter back, so its row is named after that letter, never after the step that hands out the result.
        var step = status == DossierStatus.Refused ? $"Trả {definition.Facts.Refusal.Title}" : a.Name;
        Journal(JournalEvent.ResultReturned, a.Id, step, a.Unit, Ports.Done, now, State.DueAt, now, note, status);
        Follow(a.Id, Ports.Done);
    }

    private void CompleteAtOnce(Activity a, string port, string note)
    {
        RemoveStep(a.Id);
        Journal(JournalEvent.StepCompleted, a.Id, a.Name, null, port, now, null, now, note);
        Follow(a.Id, port);
    }

    /// <summary>
    /// Waits for an officer to choose one of the activity's output ports. An outcome with a limit of its own gets a
    /// bookmark of its own beside the step's, due that long after the step started, so an inbox shows when it is due.
    /// <paramref name="agency"/> names the agency whose officer it is when that is not the executing agency (the receiving
    /// agency's one-stop office). A step the dossier comes back to after the applicant completed it waits with its own due
    /// time, moved (<see cref="ResumeStepAt"/>).
    /// </summary>
    public void WaitForOfficer(Activity a, string? unit, LocalDateTime? due, string? prompt = null, string? agency = null,
        IReadOnlyDictionary<string, TimeLimit>? outcomeLimits = null)
    {
        due = DueOnEntry(a, due);
        Wait(a, unit, due, OfficerBookmarks(a, [.. a.OutputPorts], due, prompt, agency, outcomeLimits));
    }

    /// <summary>The bookmark an officer closes with one of <paramref name="outcomes"/>, and one per outcome with a limit of its own.</summary>
    public List<Bookmark> OfficerBookmarks(Activity a, ImmutableList<string> outcomes, LocalDateTime? due, string? prompt, string? agency,
        IReadOnlyDictionary<string, TimeLimit>? outcomeLimits)
    {
        var bookmarks = new List<Bookmark> { Bookmark(BookmarkKind.OfficerDecision, a.Id, agency, outcomes, due, prompt) };
        foreach (var (outcome, limit) in outcomeLimits ?? new Dictionary<string, TimeLimit>())
        {
            var outcomeDue = Due(limit);
            bookmarks.Add(new Bookmark(BookmarkIds.ForOutcome(State.DossierId, State.Revision, a.Id, outcome), BookmarkKind.OfficerDecision,
                a.Id, agency, [outcome], now, outcomeDue, WarnAt(now, outcomeDue), $"{outcome} trong {Rendering.DomainWords.TimeLimit(limit)}"));
        }
        return bookmarks;
    }

    private void Wait(Activity a, string? unit, LocalDateTime? due, IReadOnlyList<Bookmark> bookmarks)
    {
        var step = new ActiveStep(a.Id, a.Name, a.Kind, unit, now, due, due is { } d ? WarnAt(now, d) : null, [.. bookmarks]);
        State = State with { ActiveSteps = State.ActiveSteps.Add(step) };
    }

    public Bookmark Bookmark(BookmarkKind kind, string activityId, string? agency, ImmutableList<string> outcomes, LocalDateTime? due, string? prompt = null) =>
        new(BookmarkIds.For(State.DossierId, State.Revision, activityId, kind, agency), kind, activityId, agency, outcomes, now, due, due is { } d ? WarnAt(now, d) : null, prompt);
}
