namespace Procedures.Runtime.Effects;

/// <summary>Why a timer fires.</summary>
public enum TimerPurpose
{
    /// <summary>A period ends (a public posting): fire <see cref="Stimuli.TimerElapsed"/> for the bookmark.</summary>
    PeriodEnds,
    /// <summary>One working day before a step's or the appointment's due (Decree 61/2018 Art. 19: apologise in time).</summary>
    Warning,
    /// <summary>A step or the appointment is due: from now on it is late.</summary>
    Overdue,
    /// <summary>
    /// A step that consents by silence reached its time limit with no outcome: fire <see cref="Stimuli.TimerElapsed"/> for
    /// the bookmark, which takes the silence outcome (deemed approval). Cancelled when an officer decides first.
    /// </summary>
    SilenceEnds,
}
