using System.Collections.Immutable;
using NodaTime;
using Procedures.Workflows.Activities;

namespace Procedures.Runtime.State;

/// <summary>
/// An activity the dossier is at, with its bookmarks. <see cref="RouteStop"/> is the index of the current stop of
/// a routing slip.
/// </summary>
public sealed record ActiveStep(
    string ActivityId,
    string Title,
    ActivityKind Kind,
    string? Unit,
    LocalDateTime StartedAt,
    LocalDateTime? DueAt,
    LocalDateTime? WarnAt,
    ImmutableList<Bookmark> Bookmarks,
    int RouteStop = 0);
