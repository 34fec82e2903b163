using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime;

/// <summary>
/// What a portal or the office supplies to open a dossier. <paramref name="DossierNumber"/> is given only for a procedure
/// without a receipt step, whose dossiers are received as they are submitted (or opened, when the agency starts the
/// procedure itself): the host takes it from the daily sequence of the agency whose code opens it first
/// (<see cref="Numbering.DossierNumber.TryTake"/>); a dossier that goes through a receipt gets its number there. Without
/// <paramref name="SubmittedAt"/> the clock's now is used (postal dossiers pass the hand-over or postmark time, Decision
/// 45/2016/QĐ-TTg). <paramref name="OpenedBy"/> names the officer or unit of the executing agency that opens a dossier the
/// agency starts itself (required for such a procedure, ignored otherwise).
/// </summary>
public sealed record StartRequest(
    string DossierId,
    string? DossierNumber = null,
    ChannelKind? Channel = null,
    ImmutableSortedDictionary<string, JsonElement>? Data = null,
    Instant? SubmittedAt = null,
    string? OpenedBy = null);
