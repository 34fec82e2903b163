using Procedures.Language.Diagnostics;
using Procedures.Workflows;

namespace Procedures.Library;

/// <summary>A procedure version that became live.</summary>
public sealed record PublishedVersion(string Code, string Path, WorkflowDefinition Definition);

/// <summary>A procedure whose file did not compile clean: <see cref="Live"/> (the last good version, if any) stays live.</summary>
public sealed record RejectedProcedure(string Code, string Path, IReadOnlyList<Diagnostic> Diagnostics, WorkflowDefinition? Live);

/// <summary>What one <see cref="ProcedureLibrary.Reload"/> changed: nothing in either list when the files did not change.</summary>
public sealed record ReloadResult(IReadOnlyList<PublishedVersion> Published, IReadOnlyList<RejectedProcedure> Rejected)
{
    public static ReloadResult Empty { get; } = new([], []);

    public bool IsEmpty => Published.Count == 0 && Rejected.Count == 0;
}
