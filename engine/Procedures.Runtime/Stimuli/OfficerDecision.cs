namespace Procedures.Runtime.Stimuli;

/// <summary>
/// An officer closes a step with one of its outcomes (a port name such as <c>Received</c>, <c>approve</c>,
/// <c>True</c>). <paramref name="Note"/> carries the reasons of a refusal or what is missing for a completion request.
/// </summary>
public sealed record OfficerDecision(string ActivityId, string Outcome, string? Note = null) : Stimulus;
