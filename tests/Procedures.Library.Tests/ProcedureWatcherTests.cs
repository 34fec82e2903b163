using System.Collections.Concurrent;
using Procedures.Testing;

namespace Procedures.Library.Tests;

/// <summary>Liveness, not performance: each wait polls for a few seconds; the latency is measured by the reload harness.</summary>
public sealed class ProcedureWatcherTests : IDisposable
{
    const string Code = "1.001978";
    const string Name = "\"Giải quyết hưởng trợ cấp thất nghiệp\"\n";
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    readonly FixtureFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_edit_is_live_soon_after_the_save()
    {
        var (library, _) = ProcedureLibrary.Load(_folder.Path);
        using var watcher = new ProcedureWatcher(library);
        var published = new ConcurrentQueue<PublishedVersion>();
        watcher.Published += published.Enqueue;

        _folder.Replace(Fixtures.Unemployment, Name, "\"Trợ cấp thất nghiệp\"\n");

        Assert.True(Eventually(() => library.Live(Code)?.Name == "Trợ cấp thất nghiệp"));
        Assert.Equal(2, library.Live(Code)!.Version.Sequence);
        Assert.True(Eventually(() => published.Any(p => p.Definition.Version.Sequence == 2)));
    }

    [Fact]
    public void The_rescan_picks_up_an_edit_the_notifications_missed()
    {
        var (library, _) = ProcedureLibrary.Load(_folder.Path);
        using var watcher = new ProcedureWatcher(library, new WatcherOptions { RescanInterval = TimeSpan.FromMilliseconds(100) });
        // Notifications are on; this only shows the rescan path runs without crashing and converges on the same state.
        _folder.Replace(Fixtures.Unemployment, Name, "\"Trợ cấp thất nghiệp\"\n");

        Assert.True(Eventually(() => library.Live(Code)?.Version.Sequence == 2));
    }

    [Fact]
    public void A_burst_of_twenty_saves_ends_live_on_the_last_content_and_a_broken_save_is_reported()
    {
        var (library, _) = ProcedureLibrary.Load(_folder.Path);
        using var watcher = new ProcedureWatcher(library);
        var failures = new ConcurrentQueue<Exception>();
        var rejected = new ConcurrentQueue<RejectedProcedure>();
        watcher.Failed += failures.Enqueue;
        watcher.Rejected += rejected.Enqueue;
        var original = _folder.Text(Fixtures.Unemployment);

        for (var i = 1; i <= 20; i++)
            WriteRetrying(_folder.Full(Fixtures.Unemployment), original.Replace(Name, $"\"Trợ cấp thất nghiệp {i}\"\n", StringComparison.Ordinal));

        Assert.True(Eventually(() => library.Live(Code)?.Name == "Trợ cấp thất nghiệp 20"));
        Assert.True(library.Live(Code)!.Version.Sequence >= 2);

        WriteRetrying(_folder.Full(Fixtures.Unemployment), original + "\nsteps ???\n");
        Assert.True(Eventually(() => rejected.Any(r => r.Code == Code)));
        Assert.Equal("Trợ cấp thất nghiệp 20", library.Live(Code)!.Name);
        Assert.Contains(library.Problems, p => p.Path == Fixtures.Unemployment);

        File.Delete(_folder.Full(Fixtures.Unemployment));
        File.WriteAllText(_folder.Full("viec-lam/new.proc"), "procedure ???");
        Assert.True(Eventually(() => library.Problems.Any(p => p.Path == "viec-lam/new.proc")));
        Assert.Equal("Trợ cấp thất nghiệp 20", library.Live(Code)!.Name);
        Assert.Empty(failures);
    }

    static void WriteRetrying(string path, string text)
    {
        // The library may be reading the file at that instant; an editor would retry too.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                File.WriteAllText(path, text);
                return;
            }
            catch (IOException) when (attempt < 50)
            {
                Thread.Sleep(5);
            }
        }
    }

    static bool Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (condition()) return true;
            Thread.Sleep(10);
        }
        return condition();
    }
}
