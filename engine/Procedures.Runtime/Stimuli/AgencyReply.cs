namespace Procedures.Runtime.Stimuli;

/// <summary>A consulted, routed or higher-level agency replies for a step.</summary>
public sealed record AgencyReply(string ActivityId, string Agency, string? Note = null) : Stimulus;
