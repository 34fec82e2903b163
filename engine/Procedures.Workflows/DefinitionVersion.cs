namespace Procedures.Workflows;

/// <summary>
/// A definition's version: the sequence number the store gave it (0 until published) and the hash of its content.
/// The hash, not the sequence, says whether two definitions are the same.
/// </summary>
public sealed record DefinitionVersion(int Sequence, string ContentHash);
