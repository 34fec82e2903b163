using Procedures.Workflows.Rendering;

namespace Procedures.Compiler.Tests;

/// <summary>
/// One snapshot per procedure file, named with its code: the text reviewers read when a procedure changes.
/// A changed procedure fails here until its snapshot is accepted (tests/accept-snapshots.sh).
/// </summary>
public class ProcedureSnapshotTests
{
    public static TheoryData<string> Codes() => RepositoryProcedures.Codes();

    [Theory]
    [MemberData(nameof(Codes))]
    public void Compiled_procedure_matches_its_accepted_snapshot(string code) =>
        Snapshot.Verify(DefinitionTextRenderer.Render(RepositoryProcedures.All[code]), code, "md");

    [Fact]
    public void Every_snapshot_belongs_to_a_procedure_of_the_repository()
    {
        var folder = Path.Combine(RepositoryFiles.Root, "tests", "Procedures.Compiler.Tests", "Snapshots");
        var snapshots = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.verified.md").Select(f => Path.GetFileName(f)[..^".verified.md".Length])
            : [];

        Assert.Empty(snapshots.Except(RepositoryProcedures.All.Keys));
    }
}
