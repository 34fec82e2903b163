using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Procedures.Runtime.Simulation;

namespace Procedures.Persistence.Tests;

public sealed class DefinitionVersionStoreTests : IAsyncLifetime
{
    readonly TempDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    DefinitionVersionStore Store() =>
        new(EngineDatabase.Sqlite(database.ConnectionString), new ManualClock(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task The_same_content_twice_is_one_version_and_changed_content_the_next_sequence()
    {
        var source = TestProcedures.UnemploymentSource;
        var changedSource = source.Replace("within 15 working days", "within 14 working days");
        var original = TestProcedures.Compile(source);
        var changed = TestProcedures.Compile(changedSource);
        Assert.NotEqual(original.ComputeContentHash(), changed.ComputeContentHash());

        var first = await Store().PublishAsync(original, source);
        var again = await Store().PublishAsync(original, source);
        var second = await Store().PublishAsync(changed, changedSource, "warning: test");
        var back = await Store().PublishAsync(original, source);

        Assert.Equal((1, true), (first.Sequence, first.Created));
        Assert.Equal((1, false), (again.Sequence, again.Created));
        Assert.Equal((2, true), (second.Sequence, second.Created));
        Assert.Equal((1, false), (back.Sequence, back.Created));
        Assert.True(second.Definition.IsPublished);

        var versions = await Store().VersionsAsync(original.DefinitionId);
        Assert.Equal([1, 2], versions.Select(v => v.Sequence));
        Assert.Equal([original.ComputeContentHash(), changed.ComputeContentHash()], versions.Select(v => v.ContentHash));
        Assert.Equal(changedSource, versions[1].SourceText);
        Assert.Equal("warning: test", versions[1].Diagnostics);
        await using var db = database.Open();
        using var json = JsonDocument.Parse((await db.DefinitionVersions.SingleAsync(v => v.Sequence == 2)).DefinitionJson);
        Assert.Equal(2, json.RootElement.GetProperty("Version").GetProperty("Sequence").GetInt32());
        Assert.Equal(changed.ComputeContentHash(), json.RootElement.GetProperty("Version").GetProperty("ContentHash").GetString());
    }
}
