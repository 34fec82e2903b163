using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime;

/// <summary>
/// What a portal or the office supplies to open a dossier. <paramref name="DossierNumber"/> is required: the host
/// takes it from the agency's daily sequence first (<see cref="Numbering.DossierNumber.TryTake"/>); without <paramref name="SubmittedAt"/> the clock's now is used (postal dossiers pass the
/// hand-over or postmark time, Decision 45/2016/QĐ-TTg). <paramref name="OpenedBy"/> names the officer or unit of the
/// executing agency that opens a dossier the agency starts itself (required for such a procedure, ignored otherwise).
/// </summary>
public sealed record StartRequest(
    string DossierId,
    string? DossierNumber = null,
    ChannelKind? Channel = null,
    ImmutableSortedDictionary<string, JsonElement>? Data = null,
    Instant? SubmittedAt = null,
    string? OpenedBy = null);
