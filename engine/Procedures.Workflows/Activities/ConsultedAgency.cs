using Procedures.Calendar;

namespace Procedures.Workflows.Activities;

/// <summary>An agency consulted in parallel, with its own reply deadline (Decree 61/2018 Art. 19).</summary>
public sealed record ConsultedAgency(string Agency, TimeLimit TimeLimit);
