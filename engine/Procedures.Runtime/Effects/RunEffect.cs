using NodaTime;
using Procedures.Runtime.State;

namespace Procedures.Runtime.Effects;

/// <summary>
/// What a host must persist or schedule after an accepted run, in the same transaction as the instance. A scheduler
/// follows these without knowing activity kinds.
/// </summary>
public abstract record RunEffect;

public sealed record BookmarkCreated(Bookmark Bookmark) : RunEffect;

public sealed record BookmarkRemoved(string BookmarkId) : RunEffect;

/// <summary>
/// A timer to schedule at <paramref name="DueAt"/>. <paramref name="BookmarkId"/> is null for the appointment's own
/// timers (hẹn trả kết quả), which belong to the dossier rather than to a step.
/// </summary>
public sealed record TimerScheduled(string TimerId, string? BookmarkId, Instant DueAt, TimerPurpose Purpose) : RunEffect;

public sealed record TimerCancelled(string TimerId) : RunEffect;

/// <summary>
/// A notice went out (a notice step): a host may deliver it to <paramref name="Recipient"/>. The control record holds the
/// same row, so a host that missed the effect finds it in the journal (<see cref="State.JournalEvent.NoticeSent"/>).
/// </summary>
public sealed record NoticeSent(string ActivityId, string Title, string Sender, string Recipient, Instant SentAt) : RunEffect;
