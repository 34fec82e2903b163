using Procedures.Compiler;
using Procedures.Elsa;
using Procedures.Language;
using Procedures.Language.Text;
using Procedures.Workflows;
using Procedures.Workflows.Rendering;
using Procedures.Workflows.Versioning;

namespace Procedures.Compiler.Tests;

/// <summary>
/// The two snapshots of a procedure: <c>&lt;code&gt;.verified.md</c>, the text reviewers read (facts, documents,
/// steps, routing, flowchart), and <c>&lt;code&gt;.elsa.verified.json</c> beside it, the Elsa export in the default (built-ins) profile. The content
/// hash changes with every edit, so it is scrubbed from the Elsa snapshot as Verify scrubs volatile values.
/// </summary>
public static class ProcedureSnapshots
{
    public const string ElsaSuffix = ".elsa";

    public static string Review(WorkflowDefinition definition) => DefinitionTextRenderer.Render(definition);

    public static string Elsa(WorkflowDefinition definition) => ElsaExporter.Export(definition)
        .Replace(definition.Version.ContentHash, "{content-hash}", StringComparison.Ordinal);

    /// <summary>Every procedure under <paramref name="proceduresFolder"/>, compiled and published as version 1, by code.</summary>
    public static IReadOnlyDictionary<string, WorkflowDefinition> CompileFolder(string proceduresFolder)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(proceduresFolder))!;
        var sources = Directory.EnumerateFiles(proceduresFolder, "*.proc", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => SourceFile.FromBytes(Path.GetRelativePath(root, p).Replace('\\', '/'), File.ReadAllBytes(p)));
        var compilation = Compilation.Create(sources);
        Assert.Empty(compilation.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
        var result = new SortedDictionary<string, WorkflowDefinition>(StringComparer.Ordinal);
        foreach (var compiled in ProcedureCompiler.CompileAll(compilation))
        {
            Assert.Empty(compiled.Diagnostics.Select(d => d.ToString()));
            result[compiled.Procedure.Code] = new DefinitionStore().Publish(compiled.Definition!).Definition;
        }
        return result;
    }

    /// <summary>Both snapshots of one procedure compared with the verified files in <paramref name="snapshotFolder"/>.</summary>
    public static IReadOnlyList<SnapshotResult> Compare(WorkflowDefinition definition, string snapshotFolder) =>
    [
        Snapshot.Compare(Review(definition), snapshotFolder, definition.DefinitionId, "md"),
        Snapshot.Compare(Elsa(definition), snapshotFolder, definition.DefinitionId + ElsaSuffix, "json"),
    ];

    /// <summary>The codes the verified files in <paramref name="snapshotFolder"/> are named after.</summary>
    public static IEnumerable<string> VerifiedCodes(string snapshotFolder) =>
        Directory.Exists(snapshotFolder)
            ? Directory.EnumerateFiles(snapshotFolder, "*.verified.*")
                .Select(f => Path.GetFileName(f))
                .Select(n => n[..n.IndexOf(".verified.", StringComparison.Ordinal)])
                .Select(n => n.EndsWith(ElsaSuffix, StringComparison.Ordinal) ? n[..^ElsaSuffix.Length] : n)
                .Distinct()
            : [];
}
