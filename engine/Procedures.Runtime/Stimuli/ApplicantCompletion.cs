namespace Procedures.Runtime.Stimuli;

/// <summary>The applicant hands in what the completion request asked for. With no activity id, any open request is meant.</summary>
public sealed record ApplicantCompletion(string? ActivityId = null, string? Note = null) : Stimulus;
