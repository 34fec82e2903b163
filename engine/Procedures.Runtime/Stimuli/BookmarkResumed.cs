namespace Procedures.Runtime.Stimuli;

/// <summary>
/// Resumes one bookmark by its id, as a host or scheduler that stored the bookmark does, without knowing activity
/// kinds: it acts as the stimulus of the bookmark's kind (<paramref name="Outcome"/> is the officer's choice, and is
/// ignored for other kinds).
/// </summary>
public sealed record BookmarkResumed(string BookmarkId, string? Outcome = null, string? Note = null) : Stimulus;
