using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Procedures.Workflows.Facts;

namespace Procedures.Engine;

/// <summary>
/// A dossier handed in for a procedure. Without <paramref name="DossierId"/> the engine makes one; without
/// <paramref name="SubmittedAt"/> the clock's now is the submission time (postal dossiers pass the hand-over time).
/// <paramref name="OpenedBy"/> names the officer or unit of the executing agency that opens a dossier of a procedure the
/// agency starts itself; such a procedure refuses a submission without it (PRC5132).
/// </summary>
public sealed record Submission(
    ChannelKind? Channel = null,
    ImmutableSortedDictionary<string, JsonElement>? Data = null,
    Instant? SubmittedAt = null,
    string? DossierId = null,
    string? OpenedBy = null);
