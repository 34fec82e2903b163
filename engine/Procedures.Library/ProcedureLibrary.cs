using System.Collections.Immutable;
using System.Security.Cryptography;
using Procedures.Compiler;
using Procedures.Language;
using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax;
using Procedures.Language.Text;
using Procedures.Workflows;

namespace Procedures.Library;

/// <summary>
/// The live set of procedure versions read from one folder of <c>*.proc</c> files (procedures and the catalogues they
/// bind against). <see cref="Reload"/> re-parses only the files whose bytes changed, re-binds every file against the
/// catalogue (binding is cheap; it is what lets a catalogue edit reach the procedures using it), compiles the
/// procedures the change can affect, and publishes each one that compiles clean with a new content hash. A procedure
/// that fails keeps its last good version live and its diagnostics queryable. Reloads are serialised; queries read an
/// immutable snapshot and never wait.
/// </summary>
/// <remarks>
/// A deleted file retires nothing: its procedures' versions stay live (retiring a procedure is a legal act, written as
/// <c>abolished</c> in its file), and the file simply stops taking part in binding.
/// </remarks>
public sealed class ProcedureLibrary
{
    private readonly Lock _writer = new();
    private readonly IVersionStore _store;
    private volatile LibrarySnapshot _snapshot = LibrarySnapshot.Empty;

    public ProcedureLibrary(string folder, IVersionStore store)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(store);
        Folder = Path.GetFullPath(folder);
        _store = store;
    }

    public string Folder { get; }

    public LibrarySnapshot Snapshot => _snapshot;

    /// <summary>Reads every file under the folder once and publishes what compiles clean.</summary>
    public static (ProcedureLibrary Library, ReloadResult Result) Load(string folder, IVersionStore? store = null)
    {
        var library = new ProcedureLibrary(folder, store ?? new InMemoryVersionStore());
        return (library, library.Rescan());
    }

    /// <summary>Compares every file on disk and every file known with what was read before; reloads the differences.</summary>
    public ReloadResult Rescan() => Reload([.. FilesOnDisk(), .. _snapshot.Files.Keys, .. _snapshot.Unreadable.Keys]);

    /// <summary>
    /// Re-reads the given files (absolute or relative to <see cref="Folder"/>; a folder stands for the files under it) and
    /// publishes what changed. Unchanged bytes cost a read and a hash, nothing more.
    /// </summary>
    public ReloadResult Reload(IEnumerable<string> changedPaths)
    {
        ArgumentNullException.ThrowIfNull(changedPaths);
        lock (_writer)
        {
            var before = _snapshot;
            var files = before.Files.ToBuilder();
            var unreadable = before.Unreadable.ToBuilder();
            var changed = new HashSet<string>(StringComparer.Ordinal);
            var catalogueChanged = false;
            foreach (var path in Expand(changedPaths, before))
            {
                var old = files.GetValueOrDefault(path);
                switch (Read(path))
                {
                    case FileRead.Missing:
                        unreadable.Remove(path);
                        if (files.Remove(path))
                        {
                            changed.Add(path);
                            catalogueChanged |= old!.IsCatalogue;
                        }
                        break;
                    case FileRead.Failed failed:
                        // The last text read stays bound; the next save or rescan tries again.
                        unreadable[path] = failed.Message;
                        break;
                    case FileRead.Bytes read:
                        unreadable.Remove(path);
                        var hash = Convert.ToHexStringLower(SHA256.HashData(read.Content));
                        if (old?.ContentHash == hash)
                            break;
                        var (syntax, diagnostics) = Parser.Parse(SourceFile.FromBytes(path, read.Content));
                        var parsed = new ParsedFile(path, hash, syntax, diagnostics);
                        files[path] = parsed;
                        changed.Add(path);
                        catalogueChanged |= parsed.IsCatalogue || old?.IsCatalogue == true;
                        break;
                }
            }

            if (changed.Count == 0)
            {
                if (!unreadable.ToImmutable().Equals(before.Unreadable))
                    _snapshot = before with { Unreadable = unreadable.ToImmutable() };
                return ReloadResult.Empty;
            }

            var (snapshot, result) = Rebuild(before, files.ToImmutable(), unreadable.ToImmutable(), changed, catalogueChanged);
            _snapshot = snapshot;
            return result;
        }
    }

    /// <summary>The latest good version of a procedure, or null when none ever compiled clean.</summary>
    public WorkflowDefinition? Live(string code) => _snapshot.Procedures.GetValueOrDefault(code)?.Live;

    /// <summary>One published version, kept for the dossiers that started on it.</summary>
    public WorkflowDefinition? Version(string code, int sequence) =>
        _store.Versions(code).FirstOrDefault(v => v.Version.Sequence == sequence);

    /// <summary>Every published version of a procedure, oldest first.</summary>
    public IReadOnlyList<WorkflowDefinition> Versions(string code) => _store.Versions(code);

    /// <summary>The diagnostics of the procedure's latest compile (errors while its last good version stays live).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics(string code) => _snapshot.Procedures.GetValueOrDefault(code)?.Diagnostics ?? [];

    /// <summary>The diagnostics of one file (relative path, forward slashes), from its latest bind and compile.</summary>
    public IReadOnlyList<Diagnostic> FileDiagnostics(string path) => _snapshot.FileDiagnostics.GetValueOrDefault(Relative(path)) ?? [];

    public IReadOnlyList<FileProblem> Problems => _snapshot.Problems;

    public IReadOnlyCollection<string> Codes => [.. _snapshot.Procedures.Keys];

    (LibrarySnapshot, ReloadResult) Rebuild(
        LibrarySnapshot before,
        ImmutableSortedDictionary<string, ParsedFile> files,
        ImmutableSortedDictionary<string, string> unreadable,
        HashSet<string> changed,
        bool catalogueChanged)
    {
        var compilation = Compilation.Create(files.Values.Select(f => (f.Syntax, f.Diagnostics)));
        var bound = compilation.Diagnostics.ToLookup(d => d.Path, StringComparer.Ordinal);
        var procedures = before.Procedures.ToBuilder();
        var fileDiagnostics = ImmutableSortedDictionary.CreateBuilder<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal);
        foreach (var path in files.Keys)
            fileDiagnostics[path] = [.. bound[path]];
        var published = new List<PublishedVersion>();
        var rejected = new List<RejectedProcedure>();
        var languages = compilation.Files.ToDictionary(f => f.Source.Path, f => f.Language, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var procedure in compilation.Procedures)
        {
            var previous = procedures.GetValueOrDefault(procedure.Code);
            var affected = catalogueChanged || changed.Contains(procedure.Path) || previous is null || previous.Path != procedure.Path;
            if (!affected)
            {
                // Keep the compiler's diagnostics from the compile that is still current.
                fileDiagnostics[procedure.Path] = [.. bound[procedure.Path], .. previous!.CompilerDiagnostics];
                seen.Add(procedure.Code);
                continue;
            }
            var (definition, compileDiagnostics) = bound[procedure.Path].Any(d => d.IsError)
                ? (null, [])
                : ProcedureCompiler.Compile(procedure, languages[procedure.Path]);
            IReadOnlyList<Diagnostic> diagnostics = [.. bound[procedure.Path], .. compileDiagnostics];
            fileDiagnostics[procedure.Path] = diagnostics;
            // A second file declaring the same code is reported (PRC duplicate) and must not touch the first one's state.
            if (!seen.Add(procedure.Code))
                continue;

            var live = previous?.Live ?? _store.Versions(procedure.Code).LastOrDefault();
            if (definition is not null && !diagnostics.Any(d => d.IsError))
            {
                var publish = _store.Publish(definition, files[procedure.Path].Syntax.Source.Text);
                if (publish.IsNewVersion)
                    published.Add(new PublishedVersion(procedure.Code, procedure.Path, publish.Definition));
                live = publish.Definition;
            }
            else
            {
                rejected.Add(new RejectedProcedure(procedure.Code, procedure.Path, diagnostics, live));
            }
            procedures[procedure.Code] = new ProcedureState(procedure.Code, procedure.Path, live, diagnostics, compileDiagnostics);
        }

        var snapshot = new LibrarySnapshot(files, unreadable, fileDiagnostics.ToImmutable(), procedures.ToImmutable());
        return (snapshot, new ReloadResult(published, rejected));
    }

    IEnumerable<string> Expand(IEnumerable<string> paths, LibrarySnapshot before)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var given in paths)
        {
            var full = Path.GetFullPath(Path.Combine(Folder, given));
            var relative = Relative(full);
            if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
                continue;
            if (Directory.Exists(full) || relative == ".")
            {
                foreach (var file in SafeEnumerate(full))
                    result.Add(Relative(file));
                var prefix = relative == "." ? "" : relative + "/";
                foreach (var known in before.Files.Keys.Concat(before.Unreadable.Keys).Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
                    result.Add(known);
            }
            else if (relative.EndsWith(".proc", StringComparison.OrdinalIgnoreCase))
            {
                result.Add(relative);
            }
            else
            {
                // A folder that was deleted or renamed away: the files known under it.
                foreach (var known in before.Files.Keys.Concat(before.Unreadable.Keys).Where(k => k.StartsWith(relative + "/", StringComparison.Ordinal)))
                    result.Add(known);
            }
        }
        return result;
    }

    IEnumerable<string> FilesOnDisk() => SafeEnumerate(Folder).Select(Relative);

    static IEnumerable<string> SafeEnumerate(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*.proc", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    FileRead Read(string relative)
    {
        try
        {
            return new FileRead.Bytes(File.ReadAllBytes(Path.Combine(Folder, relative)));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return new FileRead.Missing();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileRead.Failed(e.Message);
        }
    }

    string Relative(string path) => Path.GetRelativePath(Folder, Path.GetFullPath(Path.Combine(Folder, path))).Replace('\\', '/');

    abstract record FileRead
    {
        public sealed record Missing : FileRead;
        public sealed record Failed(string Message) : FileRead;
        public sealed record Bytes(byte[] Content) : FileRead;
    }
}
