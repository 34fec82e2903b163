using NodaTime;
using Procedures.Runtime.State;
using Procedures.Workflows;

namespace Procedures.Engine;

/// <summary>One dossier of the register with the definition version it runs on (what Procedures.Forms prints it from).</summary>
public sealed record RegisterEntry(WorkflowInstance Instance, WorkflowDefinition Definition);

/// <summary>
/// The dossiers an agency received from <paramref name="From"/> to <paramref name="To"/> (both days included), in the
/// order received: the content of the register (sổ theo dõi hồ sơ, Circular 01/2018 form 06).
/// </summary>
public sealed record DossierRegister(string AgencyCode, LocalDate From, LocalDate To, IReadOnlyList<RegisterEntry> Entries);
