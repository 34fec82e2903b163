// Snapshot tests in Verify's conventions, on DiffPlex (Verify itself is not served by the package registry here).
// `<name>.verified.<ext>` sits in a Snapshots folder beside the test file and is committed; on a mismatch the
// actual text is written to `<name>.received.<ext>` (git-ignored) and the test fails with a unified diff.
// To accept every received file after reviewing the diffs, run from the repository root:
//     tests/accept-snapshots.sh
using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace Procedures.Testing;

public static class Snapshot
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Compares <paramref name="text"/> with <c>Snapshots/&lt;name&gt;.verified.&lt;extension&gt;</c> beside the calling test file.</summary>
    public static void Verify(string text, string name, string extension = "txt", [CallerFilePath] string sourceFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(sourceFile) ?? ".", "Snapshots");
        var result = Compare(text, directory, name, extension);
        if (!result.Matches) Assert.Fail(result.Message);
    }

    /// <summary>
    /// The comparison behind <see cref="Verify"/>, against an explicit directory: writes the received file on a
    /// mismatch and deletes a stale one on a match.
    /// </summary>
    public static SnapshotResult Compare(string text, string directory, string name, string extension)
    {
        var verifiedPath = Path.Combine(directory, $"{name}.verified.{extension}");
        var receivedPath = Path.Combine(directory, $"{name}.received.{extension}");
        var received = Normalize(text);
        var exists = File.Exists(verifiedPath);
        var verified = exists ? Normalize(File.ReadAllText(verifiedPath, Encoding.UTF8)) : "";

        if (exists && verified == received)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return new SnapshotResult(true, verifiedPath, receivedPath, "");
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, received, Utf8NoBom);
        var message = new StringBuilder()
            .Append(exists ? $"Snapshot \"{name}\" does not match." : $"Snapshot \"{name}\" has no verified file yet.").Append('\n')
            .Append("verified: ").Append(verifiedPath).Append('\n')
            .Append("received: ").Append(receivedPath).Append('\n')
            .Append("accept all received files with: tests/accept-snapshots.sh\n\n")
            .Append(UnifiedDiff.Render(verified, received, $"{name}.verified.{extension}", $"{name}.received.{extension}"));
        return new SnapshotResult(false, verifiedPath, receivedPath, message.ToString());
    }

    /// <summary>LF line ends, no byte-order mark, so snapshots compare the same on every machine.</summary>
    public static string Normalize(string text) =>
        (text ?? "").TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
