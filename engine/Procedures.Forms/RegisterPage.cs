using NodaTime;
using Procedures.Runtime.State;
using Procedures.Workflows;

namespace Procedures.Forms;

/// <summary>One dossier of the register with the definition version it runs on.</summary>
public sealed record RegisterLine(WorkflowInstance Instance, WorkflowDefinition Definition);

/// <summary>
/// What form 06 (sổ theo dõi hồ sơ) lists: the dossiers an agency received from <paramref name="From"/> to
/// <paramref name="To"/> (both days included), in the order received. <paramref name="AgencyName"/> heads the page;
/// without it the name is taken from the dossiers' procedures, else the code is shown.
/// </summary>
public sealed record RegisterPage(string AgencyCode, string? AgencyName, LocalDate From, LocalDate To, IReadOnlyList<RegisterLine> Lines);
