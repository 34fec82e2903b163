namespace Procedures.Runtime.Stimuli;

/// <summary>The scheduler reports that a step's period (a public posting) has ended; refused if the clock says it has not.</summary>
public sealed record TimerElapsed(string ActivityId) : Stimulus;
