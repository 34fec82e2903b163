using Procedures.Runtime.State;
using Procedures.Workflows.Activities;

namespace Procedures.Runtime.Execution;

/// <summary>
/// What the runtime does with one activity kind: <see cref="Enter"/> when the flow reaches an activity of the kind,
/// and the dossier's status while it waits there (<see cref="WaitingStatus"/>).
/// </summary>
internal sealed record ActivityBehaviour(Action<FlowRun, Activity> Enter, DossierStatus WaitingStatus);
