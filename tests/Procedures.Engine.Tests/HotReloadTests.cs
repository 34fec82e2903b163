using System.Collections.Concurrent;
using Procedures.Persistence;

namespace Procedures.Engine.Tests;

/// <summary>Editing a procedure file while the engine runs and dossiers come in.</summary>
public sealed class HotReloadTests : IDisposable
{
    private readonly Workspace workspace = new();

    [Fact]
    public async Task An_edit_under_load_goes_live_for_new_dossiers_while_those_under_way_finish_on_their_version()
    {
        await using var engine = new ProcedureEngine(workspace.SqliteOptions());
        await engine.StartAsync();
        var driver = new Driver(engine, workspace);
        var gate = new SemaphoreSlim(1);
        var submitted = new ConcurrentBag<StoredDossier>();
        using var stop = new CancellationTokenSource();

        // One submitter keeps dossiers coming while the file is edited; the clock is shared, so steps take turns.
        var load = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await gate.WaitAsync();
                try
                {
                    var result = await engine.SubmitAsync("1.001978", new Submission());
                    Assert.True(result.Succeeded, result.Refusal?.ToString());
                    submitted.Add(await driver.StepAsync(result.Dossier!));
                }
                finally
                {
                    gate.Release();
                }
            }
        });
        await Until(() => submitted.Count >= 3);

        workspace.Replace(Fixtures.Unemployment, "within 15 working days", "within 10 working days");
        await Until(() => engine.Library.Live("1.001978")!.Version.Sequence == 2);
        await Until(() => submitted.Any(d => d.Instance.DefinitionVersion == 2));
        await stop.CancelAsync();
        await load;

        Assert.Contains(submitted, d => d.Instance.DefinitionVersion == 1);
        foreach (var dossier in submitted)
        {
            var finished = await driver.FinishAsync((await engine.ReadAsync(dossier.Instance.DossierId))!);
            Assert.Equal(dossier.Instance.DefinitionVersion, finished.Instance.DefinitionVersion);
        }
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_version_live_and_its_diagnostics_queryable()
    {
        await using var engine = new ProcedureEngine(workspace.SqliteOptions());
        await engine.StartAsync();
        var live = engine.Library.Live("1.001978")!;

        workspace.Replace(Fixtures.Unemployment, "within 15 working days", "within fifteen working days");
        await Until(() => engine.Library.Diagnostics("1.001978").Any(d => d.IsError));

        Assert.Same(live, engine.Library.Live("1.001978"));
        var result = await engine.SubmitAsync("1.001978", new Submission());
        Assert.True(result.Succeeded, result.Refusal?.ToString());
        Assert.Equal(live.Version, new Workflows.DefinitionVersion(result.Dossier!.Instance.DefinitionVersion, result.Dossier.Instance.ContentHash));
        Assert.Equal([1], engine.Library.Versions("1.001978").Select(v => v.Version.Sequence));
    }

    [Fact]
    public async Task Saving_a_file_without_a_change_publishes_nothing()
    {
        await using var engine = new ProcedureEngine(workspace.SqliteOptions());
        await engine.StartAsync();
        var path = Path.Combine(workspace.Folder, Fixtures.Unemployment);
        File.WriteAllText(path, File.ReadAllText(path));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(5));
        // Another file's edit proves the watcher has looked since.
        workspace.Replace(Fixtures.SocialAllowance, "within 7 working days", "within 6 working days");
        await Until(() => engine.Library.Live("1.001776")!.Version.Sequence == 2);

        Assert.Equal([1], engine.Library.Versions("1.001978").Select(v => v.Version.Sequence));
    }

    static async Task Until(Func<bool> condition)
    {
        for (var waited = 0; waited < 200; waited++)
        {
            if (condition()) return;
            await Task.Delay(100);
        }
        Assert.Fail("the engine did not get there within 20 s");
    }

    public void Dispose() => workspace.Dispose();
}
