using Procedures.Cli.Text;
using Procedures.Language.Syntax;
using Procedures.Language.Text;

namespace Procedures.Cli;

/// <summary>
/// The files a command works on: the ones named (folders searched for *.proc) plus the shared catalogues,
/// found in a <c>catalogue</c> folder beside or above them, so that one file can be checked on its own;
/// and the calendar data staff edit beside them: <c>calendar</c> folders inside the named folders, or
/// calendar files (*.txt) named one by one.
/// </summary>
public sealed record SourceSet(
    IReadOnlyList<SourceFile> Files, IReadOnlyList<string> Named, IReadOnlyList<string> Missing,
    IReadOnlyList<string> CalendarFolders, IReadOnlyList<string> CalendarFiles)
{
    public const string Extension = ".proc";
    public const string CalendarFolderName = "calendar";
    const string CalendarExtension = ".txt";

    /// <summary>
    /// The sources a command named (default <c>procedures</c>), or null after printing why not: an argument that is an
    /// unknown option, or a path that does not exist. Nothing has been read yet, so the words follow <c>--lang</c>.
    /// </summary>
    public static SourceSet? LoadNamed(IReadOnlyList<string> paths, string? lang, string command, TextWriter error)
    {
        var text = CliText.For(OutputLanguage.Choose(lang, []));
        if (lang is not null && KeywordLanguageNames.FromTag(lang) is null)
        {
            error.WriteLine(text.ErrorLine(text.BadOptionValue(OutputLanguage.Option, lang, "en, vi")));
            return null;
        }
        if (ParseErrors.UnknownOptionAmong(paths) is { } option)
        {
            error.WriteLine(text.ErrorLine(text.UnknownOption(option, command)));
            return null;
        }
        var sources = Load(paths.Count == 0 ? ["procedures"] : paths);
        foreach (var missing in sources.Missing)
            error.WriteLine(text.ErrorLine(text.NoSuchPath(missing)));
        return sources.Missing.Count > 0 ? null : sources;
    }

    public static SourceSet Load(IReadOnlyList<string> paths)
    {
        var named = new List<string>();
        var missing = new List<string>();
        var catalogueDirs = new SortedSet<string>(StringComparer.Ordinal);
        var calendarFolders = new SortedSet<string>(StringComparer.Ordinal);
        var calendarFiles = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                named.AddRange(Directory.EnumerateFiles(path, "*" + Extension, SearchOption.AllDirectories).Select(Display).Order(StringComparer.Ordinal));
                if (Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path))) == CalendarFolderName)
                    calendarFolders.Add(Display(path));
                calendarFolders.UnionWith(Directory.EnumerateDirectories(path, CalendarFolderName, SearchOption.AllDirectories).Select(Display));
            }
            else if (File.Exists(path) && path.EndsWith(CalendarExtension, StringComparison.OrdinalIgnoreCase))
            {
                calendarFiles.Add(Display(path));
                continue;
            }
            else if (File.Exists(path))
                named.Add(Display(path));
            else
            {
                missing.Add(path);
                continue;
            }
            if (FindCatalogue(path) is { } catalogue)
                catalogueDirs.Add(catalogue);
        }
        var all = new List<string>(named);
        var seen = new HashSet<string>(named.Select(Path.GetFullPath));
        foreach (var dir in catalogueDirs)
            foreach (var file in Directory.EnumerateFiles(dir, "*" + Extension).Order(StringComparer.Ordinal))
                if (seen.Add(Path.GetFullPath(file)))
                    all.Add(Display(file));
        var files = all.Select(p => SourceFile.FromBytes(p, File.ReadAllBytes(p))).ToArray();
        return new SourceSet(files, named, missing, [.. calendarFolders], calendarFiles);
    }

    static string? FindCatalogue(string path)
    {
        var dir = new DirectoryInfo(Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))!);
        for (; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "catalogue");
            if (Directory.Exists(candidate))
                return Path.GetRelativePath(Directory.GetCurrentDirectory(), candidate);
            if (dir.Name == "catalogue")
                return Path.GetRelativePath(Directory.GetCurrentDirectory(), dir.FullName);
        }
        return null;
    }

    static string Display(string path)
    {
        var relative = Path.IsPathRooted(path) ? path : Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path));
        return relative.Replace('\\', '/');
    }
}
