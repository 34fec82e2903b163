using Procedures.Persistence;
using Procedures.Runtime.Messages;

namespace Procedures.Engine;

public enum EngineStatus
{
    /// <summary>The transition is committed; <see cref="EngineResult.Dossier"/> is the dossier after it.</summary>
    Done,
    /// <summary>The engine refused the request (<see cref="EngineResult.Refusal"/> says why); nothing was written.</summary>
    Refused,
    /// <summary>The dossier moved on since the caller read it; <see cref="EngineResult.Dossier"/> is its current state.</summary>
    Conflict,
    /// <summary>No such dossier or procedure.</summary>
    NotFound,
}

/// <summary>
/// What a submission or an action came to. A refusal is a stable code with its arguments, shown in the caller's language
/// with <see cref="Message"/>.
/// </summary>
public sealed record EngineResult(EngineStatus Status, StoredDossier? Dossier, Refusal? Refusal = null)
{
    public bool Succeeded => Status == EngineStatus.Done;

    public string? Message(MessageLanguage language) => Refusal?.Message(language);

    internal static EngineResult Done(StoredDossier dossier) => new(EngineStatus.Done, dossier);
    internal static EngineResult Refused(Refusal refusal, StoredDossier? dossier = null) => new(EngineStatus.Refused, dossier, refusal);
    internal static EngineResult Conflict(StoredDossier? current, Refusal refusal) => new(EngineStatus.Conflict, current, refusal);
    internal static EngineResult NotFound(Refusal refusal) => new(EngineStatus.NotFound, null, refusal);
}
