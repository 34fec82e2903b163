namespace Procedures.Workflows.Activities;

public enum ActivityKind
{
    Start,
    End,
    Receipt,
    UnitTask,
    Await,
    Consultation,
    RoutingSlip,
    Forwarding,
    PublicPosting,
    Decision,
    CompletionRequest,
    Refusal,
    ReturnResult,
    Notice,
    Transfer,
    ReturnForAmendment,
}
