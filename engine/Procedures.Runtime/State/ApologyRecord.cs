using NodaTime;

namespace Procedures.Runtime.State;

/// <summary>The one apology with a new appointment a dossier may get (Decree 61/2018 Art. 19; Circular 01/2018 form 04).</summary>
public sealed record ApologyRecord(LocalDateTime IssuedAt, LocalDateTime PreviousDueAt, LocalDateTime NewDueAt, string Reason);
