namespace Procedures.Runtime.State;

public enum DossierOutcome
{
    Pending,
    Resolved,
    Refused,
    /// <summary>Returned to the applicant to amend and submit again (trả lại hồ sơ): neither resolved nor refused.</summary>
    ReturnedForAmendment,
}
