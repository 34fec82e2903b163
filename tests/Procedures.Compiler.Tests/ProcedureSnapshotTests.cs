using System.Diagnostics;

namespace Procedures.Compiler.Tests;

/// <summary>
/// Two snapshots per procedure file, named with its code: the text reviewers read when a procedure changes and the
/// Elsa export beside it. A changed procedure fails here until its snapshots are accepted (tests/accept-snapshots.sh).
/// </summary>
public class ProcedureSnapshotTests
{
    static string SnapshotFolder([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "Snapshots");

    public static TheoryData<string> Codes() => RepositoryProcedures.Codes();

    [Theory]
    [MemberData(nameof(Codes))]
    public void Compiled_procedure_matches_its_accepted_snapshots(string code)
    {
        var failures = ProcedureSnapshots.Compare(RepositoryProcedures.All[code], SnapshotFolder()).Where(r => !r.Matches).ToArray();

        Assert.True(failures.Length == 0, string.Join("\n", failures.Select(f => f.Message)));
    }

    [Fact]
    public void Every_snapshot_belongs_to_a_procedure_of_the_repository() =>
        Assert.Empty(ProcedureSnapshots.VerifiedCodes(SnapshotFolder()).Except(RepositoryProcedures.All.Keys));

    [Fact]
    public void A_legal_edit_fails_only_its_own_snapshots_and_one_accept_command_makes_them_pass()
    {
        // A copy of the repository's procedures and snapshots, and the accept script, in a folder of the test's own.
        var copy = Directory.CreateTempSubdirectory("procedures-edit-").FullName;
        try
        {
            var procedures = Path.Combine(copy, "procedures");
            var snapshots = Path.Combine(copy, "tests", "Procedures.Compiler.Tests", "Snapshots");
            CopyFolder(RepositoryFiles.ProceduresFolder, procedures, "*.proc");
            CopyFolder(SnapshotFolder(), snapshots, "*.verified.*");
            File.Copy(Path.Combine(RepositoryFiles.Root, "tests", "accept-snapshots.sh"), Path.Combine(copy, "tests", "accept-snapshots.sh"));

            // The edit of the issue: appraisal from 15 to 10 working days and one document removed.
            var edited = Path.Combine(procedures, "viec-lam", "1.001978.proc");
            var text = File.ReadAllText(edited);
            var shorter = text.Replace("within 15 working days", "within 10 working days", StringComparison.Ordinal);
            var withoutBook = string.Join('\n', shorter.Split('\n').Where(l => !l.Contains("\"Sổ bảo hiểm xã hội\"", StringComparison.Ordinal)));
            Assert.NotEqual(text, withoutBook.Replace("within 10", "within 15", StringComparison.Ordinal));
            File.WriteAllText(edited, withoutBook);

            var before = Results(procedures, snapshots);
            Assert.Equal(["1.001978.md", "1.001978.elsa.json"], before.Where(r => !r.Matches).Select(Name));
            var review = File.ReadAllText(before.First(r => !r.Matches).ReceivedPath);
            Assert.Contains("| Phòng Bảo hiểm thất nghiệp · 10 ngày làm việc |", review);
            Assert.DoesNotContain("Sổ bảo hiểm xã hội", review);

            var accept = Process.Start(new ProcessStartInfo("bash", [Path.Combine(copy, "tests", "accept-snapshots.sh")]) { RedirectStandardOutput = true })!;
            var printed = accept.StandardOutput.ReadToEnd();
            accept.WaitForExit();
            Assert.Equal(0, accept.ExitCode);
            Assert.EndsWith("2 snapshot(s) accepted\n", printed);

            Assert.All(Results(procedures, snapshots), r => Assert.True(r.Matches, r.Message));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    static IReadOnlyList<Testing.SnapshotResult> Results(string procedures, string snapshots) =>
        ProcedureSnapshots.CompileFolder(procedures).Values.SelectMany(d => ProcedureSnapshots.Compare(d, snapshots)).ToArray();

    static string Name(Testing.SnapshotResult result) => Path.GetFileName(result.VerifiedPath).Replace(".verified", "", StringComparison.Ordinal);

    static void CopyFolder(string source, string target, string pattern)
    {
        foreach (var file in Directory.EnumerateFiles(source, pattern, SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
