using Procedures.Runtime.Execution;
using Procedures.Runtime.State;
using Procedures.Workflows.Activities;

namespace Procedures.Runtime.Tests;

/// <summary>Every activity kind has its behaviour in the one dispatch (the compiler checks it too, CS8509).</summary>
public sealed class ActivityBehaviourTests
{
    public static TheoryData<ActivityKind> Kinds() => [.. Enum.GetValues<ActivityKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_activity_kind_has_a_behaviour(ActivityKind kind)
    {
        var behaviour = ActivityBehaviours.For(kind);
        Assert.NotNull(behaviour.Enter);
        Assert.True(Enum.IsDefined(behaviour.WaitingStatus));
    }

    [Fact]
    public void A_dossier_waiting_at_a_step_shows_the_status_of_its_kind()
    {
        Assert.Equal(DossierStatus.Submitted, ActivityBehaviours.For(ActivityKind.Receipt).WaitingStatus);
        Assert.Equal(DossierStatus.Consulting, ActivityBehaviours.For(ActivityKind.Consultation).WaitingStatus);
        Assert.Equal(DossierStatus.Routing, ActivityBehaviours.For(ActivityKind.RoutingSlip).WaitingStatus);
        Assert.Equal(DossierStatus.Forwarded, ActivityBehaviours.For(ActivityKind.Forwarding).WaitingStatus);
        Assert.Equal(DossierStatus.Posted, ActivityBehaviours.For(ActivityKind.PublicPosting).WaitingStatus);
        Assert.Equal(DossierStatus.AwaitingCompletion, ActivityBehaviours.For(ActivityKind.CompletionRequest).WaitingStatus);
        Assert.Equal(DossierStatus.InProgress, ActivityBehaviours.For(ActivityKind.UnitTask).WaitingStatus);
        Assert.Equal(DossierStatus.Transferred, ActivityBehaviours.For(ActivityKind.Transfer).WaitingStatus);
    }
}
