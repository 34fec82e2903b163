using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime.State;

/// <summary>
/// The whole state of one dossier, pinned to the definition version it started on. Immutable and serializable
/// with <see cref="InstanceJson"/>, so a durable store can persist it as is. Times are Vietnam civil time.
/// </summary>
public sealed record WorkflowInstance
{
    public required string DossierId { get; init; }
    /// <summary>1 after the start, one more after every accepted resume; a durable store checks it for optimistic concurrency.</summary>
    public int Revision { get; init; }
    /// <summary>
    /// <c>AGENCYCODE-YYMMDD-NNNN</c> (Circular 01/2018 Art. 19), dated the day the complete dossier was received: given at
    /// the receipt (at submission when the procedure has no receipt step), so null until then and for good when the
    /// receipt refuses the dossier.
    /// </summary>
    public string? DossierNumber { get; init; }
    public required string DefinitionId { get; init; }
    public required int DefinitionVersion { get; init; }
    public required string ContentHash { get; init; }
    public ChannelKind? Channel { get; init; }
    /// <summary>
    /// The agency that handles this dossier: the procedure's executing agency, or the one its conditions chose at
    /// submission. Null for instances stored before agencies were chosen per dossier.
    /// </summary>
    public Agency? ExecutingAgency { get; init; }
    /// <summary>The officer or unit that opened a dossier the agency starts itself; null for a submitted dossier.</summary>
    public string? OpenedBy { get; init; }
    public required DossierStatus Status { get; init; }
    public DossierOutcome Outcome { get; init; } = DossierOutcome.Pending;
    public required LocalDateTime SubmittedAt { get; init; }
    /// <summary>When the one-stop office first issued a receipt.</summary>
    public LocalDateTime? ReceivedAt { get; init; }
    /// <summary>When the procedure's deadline started: the receipt of the complete dossier (or a completion, when the sector law restarts it).</summary>
    public LocalDateTime? DeadlineStartedAt { get; init; }
    /// <summary>The appointment to return the result (hẹn trả kết quả), moved once by an apology.</summary>
    public LocalDateTime? DueAt { get; init; }
    public ApologyRecord? Apology { get; init; }
    /// <summary>Every request to complete the dossier, in order: guidance at receipt and requests during processing.</summary>
    public ImmutableList<CompletionRequestRecord> CompletionRequests { get; init; } = [];
    /// <summary>The times the agency's clock stood still, in order; the last one stands while its <c>ResumedAt</c> is null.</summary>
    public ImmutableList<ClockStop> ClockStops { get; init; } = [];
    /// <summary>The phase the dossier is in, for a procedure with phases: its appointment is <see cref="DueAt"/>.</summary>
    public string? Phase { get; init; }
    public string? RefusalReasons { get; init; }
    public LocalDateTime? FinishedAt { get; init; }
    public ImmutableSortedDictionary<string, JsonElement> Data { get; init; } = ImmutableSortedDictionary<string, JsonElement>.Empty;
    /// <summary>The documents this dossier must hold, given its data (thành phần hồ sơ).</summary>
    public ImmutableList<Data.ChecklistEntry> Checklist { get; init; } = [];
    /// <summary>The requirements the officer at receipt checks, and those the data met at submission (yêu cầu, điều kiện).</summary>
    public ImmutableList<Data.RequirementCheck> Requirements { get; init; } = [];
    /// <summary>
    /// The applicant's windows the dossier missed that accept late filings (chậm vẫn nhận): received all the same, the
    /// officer warned at receipt (the law sanctions the late filing without refusing it).
    /// </summary>
    public ImmutableList<Messages.Refusal> LateFilings { get; init; } = [];
    /// <summary>What the dossier pays (phí, lệ phí): the fee lines of its case, or its channel's fee.</summary>
    public ImmutableList<Data.FeeCharge> Fees { get; init; } = [];
    public ImmutableList<ActiveStep> ActiveSteps { get; init; } = [];
    public ImmutableList<JournalEntry> Journal { get; init; } = [];

    [JsonIgnore]
    public bool IsFinished => FinishedAt is not null;

    /// <summary>How messages name the dossier: its number once it has one, else its id.</summary>
    [JsonIgnore]
    public string Reference => DossierNumber ?? DossierId;
    /// <summary>Whether the agency's clock stands still now: the dossier waits on someone outside the agency.</summary>
    [JsonIgnore]
    public bool ClockStopped => ClockStops is [.., { ResumedAt: null }];

    /// <summary>Every bookmark the dossier waits at.</summary>
    [JsonIgnore]
    public IReadOnlyList<Bookmark> Bookmarks => ActiveSteps.SelectMany(s => s.Bookmarks).ToList();
}
