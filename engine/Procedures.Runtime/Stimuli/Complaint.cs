namespace Procedures.Runtime.Stimuli;

/// <summary>A complaint lodged against a public posting while it is up.</summary>
public sealed record Complaint(string ActivityId, string? Note = null) : Stimulus;
