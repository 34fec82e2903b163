using NodaTime;
using Procedures.Runtime.State;
using Procedures.Workflows.Activities;

namespace Procedures.Runtime.Execution;

/// <summary>
/// The steps of the language's second edition: who does a unit's step (the applicant stops the agency's clock),
/// deemed approval by silence, notices, transfers in any direction and the return of a dossier for amendment.
/// </summary>
internal sealed partial class FlowRun
{
    /// <summary>
    /// A unit's step waits for an officer: of its own unit, or of the unit that records what the applicant or a party
    /// did. A step that consents by silence also waits for its time limit to pass, which takes the silence outcome.
    /// </summary>
    public void EnterUnitTask(UnitTaskActivity a)
    {
        var due = DueOnEntry(a, DueOf(a, a.TimeLimit));
        var bookmarks = OfficerBookmarks(a, [.. a.OfficerOutcomes], due, null, null, a.OutcomeLimits);
        if (a.ConsentBySilence) bookmarks.Add(Bookmark(BookmarkKind.Silence, a.Id, null, [Ports.Silence], due));
        Wait(a, a.InboxUnit, due, bookmarks);
        if (a.Performer == StepPerformer.Applicant) AgencyClock.Stop(this, a.Id, a.Unit);
    }

    /// <summary>A notice goes out and the dossier goes on at once; the row's note is the recipient.</summary>
    public void EnterNotice(NoticeActivity a)
    {
        var sender = a.Sender ?? (State.ExecutingAgency ?? definition.Facts.ExecutingAgency).Name;
        Journal(JournalEvent.NoticeSent, a.Id, a.Name, sender, Ports.Done, now, null, now, a.Recipient);
        Follow(a.Id, Ports.Done);
    }

    /// <summary>The dossier goes to another agency, which acknowledges it within the time limit.</summary>
    public void EnterTransfer(TransferActivity a)
    {
        var due = Due(a.TimeLimit);
        Wait(a, a.Agency, due, [Bookmark(BookmarkKind.AgencyReply, a.Id, a.Agency, [], due)]);
    }

    /// <summary>The dossier ends returned to the applicant with the reasons given; connected, the return step hands it back.</summary>
    public void EnterReturnForAmendment(ReturnForAmendmentActivity a)
    {
        var reasons = CarriedNote ?? State.RefusalReasons;
        State = State with { Outcome = DossierOutcome.ReturnedForAmendment, RefusalReasons = reasons };
        Journal(JournalEvent.ReturnedForAmendment, a.Id, a.Name, null, Ports.Done, now, null, now, reasons, DossierStatus.ReturnedForAmendment);
        if (definition.Root.Targets(a.Id, Ports.Done).Any()) Follow(a.Id, Ports.Done);
        else Terminate();
    }

    /// <summary>
    /// The clock runs again (<see cref="AgencyClock.Resume"/>) once no waiting step holds it: neither a step done by the
    /// applicant, nor a wait on someone outside the agency, nor a request to complete the dossier still with the applicant.
    /// </summary>
    public void ResumeClock()
    {
        if (State.ClockStopped && !State.ActiveSteps.Any(StopsClock)) AgencyClock.Resume(this);
    }

    /// <summary>
    /// Whether a waiting step holds the agency's clock: a step done by the applicant, a wait on someone outside the
    /// agency, or the applicant completing the dossier after a request during processing.
    /// </summary>
    private bool StopsClock(ActiveStep step) =>
        definition.Root.Find(step.ActivityId) is UnitTaskActivity { Performer: StepPerformer.Applicant } or AwaitActivity or CompletionRequestActivity;

    /// <summary>The dossier's status while <paramref name="step"/> is the latest step it waits at.</summary>
    private DossierStatus WaitingStatus(ActiveStep step) =>
        definition.Root.Find(step.ActivityId) is UnitTaskActivity { Performer: StepPerformer.Applicant }
            ? DossierStatus.WithApplicant
            : ActivityBehaviours.For(step.Kind).WaitingStatus;
}
