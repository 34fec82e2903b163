namespace Procedures.Runtime.State;

public enum DossierOutcome
{
    Pending,
    Resolved,
    Refused,
}
