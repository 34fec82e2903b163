using Procedures.Testing;

namespace Procedures.Runtime.Tests;

public sealed class SnapshotHelperTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "snapshot-tests-" + Environment.ProcessId + "-" + Path.GetRandomFileName());

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    private string Verified(string name) => Path.Combine(_directory, $"{name}.verified.txt");
    private string Received(string name) => Path.Combine(_directory, $"{name}.received.txt");

    [Fact]
    public void A_mismatch_writes_the_received_file_and_the_diff_names_the_changed_line()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Verified("s"), "một\nhai\nba\nbốn\nnăm\nsáu\nbảy\ntám\n");
        var result = Snapshot.Compare("một\nhai\nba\nbốn\nNĂM\nsáu\nbảy\ntám\n", _directory, "s", "txt");
        Assert.False(result.Matches);
        Assert.Equal("một\nhai\nba\nbốn\nNĂM\nsáu\nbảy\ntám\n", File.ReadAllText(Received("s")));
        Assert.Contains("--- s.verified.txt\n+++ s.received.txt\n@@ -2,7 +2,7 @@\n hai\n ba\n bốn\n-năm\n+NĂM\n sáu\n bảy\n tám\n", result.Message);
        Assert.DoesNotContain(" một", result.Message);
        Assert.Contains("tests/accept-snapshots.sh", result.Message);
    }

    [Fact]
    public void A_match_passes_and_deletes_a_stale_received_file_ignoring_crlf_and_bom()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Verified("m"), "\uFEFFa\r\nb\r\n");
        File.WriteAllText(Received("m"), "old");
        var result = Snapshot.Compare("a\nb\n", _directory, "m", "txt");
        Assert.True(result.Matches, result.Message);
        Assert.False(File.Exists(Received("m")));
    }

    [Fact]
    public void A_missing_verified_file_fails_and_writes_lf_utf8_without_bom()
    {
        var result = Snapshot.Compare("x\r\ny", _directory, "new", "txt");
        Assert.False(result.Matches);
        Assert.Contains("no verified file yet", result.Message);
        Assert.Equal("x\ny"u8.ToArray(), File.ReadAllBytes(Received("new")));
    }

    [Fact]
    public void Verify_throws_on_mismatch()
    {
        Directory.CreateDirectory(_directory);
        var source = Path.Combine(_directory, "FakeTests.cs");
        Assert.ThrowsAny<Exception>(() => Snapshot.Verify("text", "none", "txt", source));
        Assert.True(File.Exists(Path.Combine(_directory, "Snapshots", "none.received.txt")));
    }
}
