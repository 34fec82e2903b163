using Procedures.Language.Diagnostics;

namespace Procedures.Library;

/// <summary>A file that does not compile clean (or could not be read), with its errors.</summary>
public sealed record FileProblem(string Path, IReadOnlyList<Diagnostic> Diagnostics, string? ReadError = null)
{
    /// <summary>The diagnostics as compiler lines, <c>path(line,col): error PRCxxxx: message</c>.</summary>
    public IReadOnlyList<string> Lines =>
        [.. ReadError is null ? [] : new[] { $"{Path}: error: {ReadError}" }, .. Diagnostics.Select(d => d.ToString())];
}
