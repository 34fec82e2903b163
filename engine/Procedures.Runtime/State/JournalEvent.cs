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
    /// <summary>An officer of the executing agency opened a dossier the agency starts itself (no submission).</summary>
    Opened,
    /// <summary>A notice went out; nothing is awaited.</summary>
    NoticeSent,
    /// <summary>The agency's clock stopped: the dossier waits on the applicant or on someone outside the agency.</summary>
    ClockStopped,
    /// <summary>The agency's clock runs again; the appointment moved by the working time spent waiting.</summary>
    ClockResumed,
    /// <summary>The dossier was returned to the applicant to amend and submit again, with the reasons.</summary>
    ReturnedForAmendment,
    /// <summary>A phase began, with its own appointment.</summary>
    PhaseStarted,
    /// <summary>A phase's result was handed out mid-way; the dossier goes on with the next phase.</summary>
    PhaseResultReturned,
    /// <summary>The appointment was set when the step the deadline is counted from ended.</summary>
    AppointmentSet,
}
