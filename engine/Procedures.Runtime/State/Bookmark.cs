using System.Collections.Immutable;
using NodaTime;

namespace Procedures.Runtime.State;

/// <summary>
/// A point where the dossier waits for a stimulus (Elsa's bookmark). <see cref="WarnAt"/> is one working day before
/// <see cref="DueAt"/>; <see cref="Prompt"/> tells the officer what to decide (e.g. a condition's text).
/// <see cref="Id"/> is stable and deterministic (see <see cref="BookmarkIds"/>), so a host can store the bookmark, resume
/// it by id and key its timers on it.
/// </summary>
public sealed record Bookmark(
    string Id,
    BookmarkKind Kind,
    string ActivityId,
    string? Agency,
    ImmutableList<string> AllowedOutcomes,
    LocalDateTime StartedAt,
    LocalDateTime? DueAt,
    LocalDateTime? WarnAt,
    string? Prompt = null);
