namespace Procedures.Runtime.State;

/// <summary>What a waiting activity waits for.</summary>
public enum BookmarkKind
{
    /// <summary>An officer chooses one of the allowed outcomes.</summary>
    OfficerDecision,
    /// <summary>A consulted, routed or higher-level agency replies.</summary>
    AgencyReply,
    /// <summary>The applicant completes the dossier.</summary>
    ApplicantCompletion,
    /// <summary>A period ends (public posting).</summary>
    Timer,
    /// <summary>A complaint may be lodged until the period ends.</summary>
    Complaint,
    /// <summary>The step's time limit ends with no outcome: its silence outcome is taken (deemed approval).</summary>
    Silence,
}
