using Procedures.Runtime.State;
using Procedures.Workflows;
using Procedures.Workflows.Activities;

namespace Procedures.Runtime.Execution;

/// <summary>
/// The one dispatch over <see cref="ActivityKind"/> in the runtime. The switch has no discard arm, so a kind added to
/// the model without a behaviour here is a compile error (CS8509, an error under TreatWarningsAsErrors).
/// </summary>
internal static class ActivityBehaviours
{
    // CS8524 asks for an arm for values outside the enum (a cast integer). Such a value is not an activity kind and
    // throws SwitchExpressionException; a discard arm would silence CS8509, the check that matters.
#pragma warning disable CS8524
    public static ActivityBehaviour For(ActivityKind kind) => kind switch
    {
        ActivityKind.Start => new(static (run, a) => run.Follow(a.Id, Ports.Done), DossierStatus.InProgress),
        ActivityKind.End => new(static (run, _) => run.Terminate(), DossierStatus.InProgress),
        ActivityKind.Receipt => new(static (run, a) => run.WaitForOfficer(a, As<ReceiptActivity>(a).Unit, run.Due(As<ReceiptActivity>(a).TimeLimit),
            agency: As<ReceiptActivity>(a).Agency), DossierStatus.Submitted),
        ActivityKind.UnitTask => new(static (run, a) => run.EnterUnitTask(As<UnitTaskActivity>(a)), DossierStatus.InProgress),
        ActivityKind.Await => new(static (run, a) => run.EnterAwait(As<AwaitActivity>(a)), DossierStatus.ClockStopped),
        ActivityKind.Consultation => new(static (run, a) => run.EnterConsultation(As<ConsultationActivity>(a)), DossierStatus.Consulting),
        ActivityKind.RoutingSlip => new(static (run, a) => run.EnterRoutingSlip(As<RoutingSlipActivity>(a)), DossierStatus.Routing),
        ActivityKind.Forwarding => new(static (run, a) => run.EnterForwarding(As<ForwardingActivity>(a)), DossierStatus.Forwarded),
        ActivityKind.PublicPosting => new(static (run, a) => run.EnterPosting(As<PublicPostingActivity>(a)), DossierStatus.Posted),
        ActivityKind.Decision => new(static (run, a) => run.EnterDecision(As<DecisionActivity>(a)), DossierStatus.InProgress),
        ActivityKind.CompletionRequest => new(static (run, a) => run.EnterCompletionRequest(As<CompletionRequestActivity>(a)),
            DossierStatus.AwaitingCompletion),
        ActivityKind.Refusal => new(static (run, a) => run.EnterRefusal(As<RefusalActivity>(a)), DossierStatus.InProgress),
        ActivityKind.ReturnResult => new(static (run, a) => run.EnterReturn(As<ReturnResultActivity>(a)), DossierStatus.InProgress),
        ActivityKind.Notice => new(static (run, a) => run.EnterNotice(As<NoticeActivity>(a)), DossierStatus.InProgress),
        ActivityKind.Transfer => new(static (run, a) => run.EnterTransfer(As<TransferActivity>(a)), DossierStatus.Transferred),
        ActivityKind.ReturnForAmendment => new(static (run, a) => run.EnterReturnForAmendment(As<ReturnForAmendmentActivity>(a)), DossierStatus.InProgress),
    };
#pragma warning restore CS8524

    // Each activity record reports its own kind, so the cast cannot fail for a definition built from the model.
    private static T As<T>(Activity activity) where T : Activity => (T)activity;
}
