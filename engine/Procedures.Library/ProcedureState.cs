using Procedures.Language.Diagnostics;
using Procedures.Workflows;

namespace Procedures.Library;

/// <summary>
/// One procedure in the library: the file it was last read from, its live (last good) version, and the diagnostics of
/// its latest compile, which may be errors while an older version stays live.
/// </summary>
public sealed record ProcedureState(string Code, string Path, WorkflowDefinition? Live, IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<Diagnostic> CompilerDiagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
