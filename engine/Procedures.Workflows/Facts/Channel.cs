using Procedures.Calendar;

namespace Procedures.Workflows.Facts;

/// <summary>
/// One channel with its own time limit and fee: the portal publishes a deadline per channel, and one
/// procedure may mix calendar and working days across channels. A null <paramref name="TimeLimit"/>
/// means the procedure's own time limit applies.
/// </summary>
public sealed record Channel(ChannelKind Kind, TimeLimit? TimeLimit = null, decimal? Fee = null, string? FeeNote = null);
