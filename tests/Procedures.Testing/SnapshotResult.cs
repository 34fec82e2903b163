namespace Procedures.Testing;

/// <summary>Whether a snapshot matched, where its files are, and the failure message with the diff.</summary>
public sealed record SnapshotResult(bool Matches, string VerifiedPath, string ReceivedPath, string Message);
