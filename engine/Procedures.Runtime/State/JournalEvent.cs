namespace Procedures.Runtime.State;

public enum JournalEvent
{
    /// <summary>Nộp hồ sơ.</summary>
    Submitted,
    /// <summary>A step handed the dossier on through one of its ports.</summary>
    StepCompleted,
    /// <summary>One consulted, routed or higher-level agency replied.</summary>
    AgencyReplied,
    /// <summary>The applicant completed the dossier; the clock resumed (or the deadline restarted, per the sector law).</summary>
    DossierCompleted,
    /// <summary>A condition was evaluated automatically.</summary>
    ConditionEvaluated,
    /// <summary>Refusal with reasons.</summary>
    Refused,
    /// <summary>The result was returned.</summary>
    ResultReturned,
    /// <summary>Apology and new appointment (Circular 01/2018 form 04).</summary>
    Apologized,
    /// <summary>The instance moved to a newer definition version.</summary>
    Migrated,
}
