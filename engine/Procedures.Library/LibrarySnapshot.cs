using System.Collections.Immutable;
using Procedures.Language.Diagnostics;

namespace Procedures.Library;

/// <summary>
/// Everything the library knows at one moment; replaced whole by each reload so readers never see half an update.
/// Keys are paths relative to the library's folder with forward slashes, as diagnostics print them.
/// </summary>
public sealed record LibrarySnapshot(
    ImmutableSortedDictionary<string, ParsedFile> Files,
    ImmutableSortedDictionary<string, string> Unreadable,
    ImmutableSortedDictionary<string, IReadOnlyList<Diagnostic>> FileDiagnostics,
    ImmutableSortedDictionary<string, ProcedureState> Procedures)
{
    public static LibrarySnapshot Empty { get; } = new(
        ImmutableSortedDictionary.Create<string, ParsedFile>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, ProcedureState>(StringComparer.Ordinal));

    /// <summary>Files that fail to compile or could not be read, in path order.</summary>
    public IReadOnlyList<FileProblem> Problems =>
    [
        .. FileDiagnostics.Keys.Union(Unreadable.Keys).Order(StringComparer.Ordinal)
            .Select(path => new FileProblem(path, FileDiagnostics.GetValueOrDefault(path) ?? [], Unreadable.GetValueOrDefault(path)))
            .Where(p => p.ReadError is not null || p.Diagnostics.Any(d => d.IsError)),
    ];
}
