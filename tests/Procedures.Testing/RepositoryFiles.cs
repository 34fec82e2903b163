using Procedures.Language.Text;

namespace Procedures.Testing;

/// <summary>
/// The repository's live procedure and catalogue files, read as the CLI reads them. Only for the properties every
/// repository procedure must have (checks clean, has a snapshot, formats canonically, simulates, exports); every
/// other test reads <see cref="Fixtures"/>.
/// </summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string ProceduresFolder => Path.Combine(Root, "procedures");

    public static IReadOnlyList<SourceFile> Catalogue() =>
        Directory.EnumerateFiles(Path.Combine(ProceduresFolder, "catalogue"), "*.proc").Order(StringComparer.Ordinal).Select(Read).ToArray();

    /// <summary>Every *.proc file under procedures/, catalogues included, as paths relative to the repository root.</summary>
    public static IEnumerable<string> AllPaths() =>
        Directory.EnumerateFiles(ProceduresFolder, "*.proc", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static SourceFile Read(string path)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(Root, path);
        return SourceFile.FromBytes(Path.GetRelativePath(Root, full).Replace('\\', '/'), File.ReadAllBytes(full));
    }

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Procedures.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Procedures.sln not found above " + AppContext.BaseDirectory);
    }
}
