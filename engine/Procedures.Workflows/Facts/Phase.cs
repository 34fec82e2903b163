using Procedures.Calendar;

namespace Procedures.Workflows.Facts;

/// <summary>
/// A phase of a procedure (giai đoạn) with its own appointment: <see cref="TimeLimit"/> counted from when the dossier
/// reaches its first activity, or from the end of <see cref="From"/>. A return of the result in a phase that is not the
/// last hands out <see cref="Result"/> and the dossier goes on with the next phase.
/// </summary>
/// <param name="Activities">The ids of the phase's activities, in the procedure's order; the first phase starts at receipt.</param>
public sealed record Phase(string Id, string Name, TimeLimit TimeLimit, string? From, string? Result, IReadOnlyList<string> Activities);
