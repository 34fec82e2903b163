using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Procedures.Runtime.Simulation;

namespace Procedures.Persistence.Tests;

public abstract class DefinitionVersionStoreTests(TestDatabase database) : IAsyncLifetime
{
    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    DefinitionVersionStore Store() =>
        new(database.NewOptions(), new ManualClock(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero)));

    [SkippableFact]
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

    [SkippableFact]
    public async Task Nodes_publishing_at_once_store_the_same_content_once_and_different_contents_under_consecutive_sequences()
    {
        var source = TestProcedures.UnemploymentSource;
        var changedSource = source.Replace("within 15 working days", "within 14 working days");
        var original = TestProcedures.Compile(source);
        var changed = TestProcedures.Compile(changedSource);

        // Every node its own store, as separate processes on one database would have.
        var published = await Task.WhenAll(
            Task.Run(() => Store().PublishAsync(original, source)),
            Task.Run(() => Store().PublishAsync(original, source)),
            Task.Run(() => Store().PublishAsync(changed, changedSource)),
            Task.Run(() => Store().PublishAsync(changed, changedSource)));

        Assert.Single(published[..2], p => p.Created);
        Assert.Single(published[2..], p => p.Created);
        Assert.Equal(published[0].Sequence, published[1].Sequence);
        Assert.Equal(published[2].Sequence, published[3].Sequence);
        var versions = await Store().VersionsAsync(original.DefinitionId);
        Assert.Equal([1, 2], versions.Select(v => v.Sequence));
        Assert.Equal(
            new[] { (published[0].Sequence, original.ComputeContentHash()), (published[2].Sequence, changed.ComputeContentHash()) }.OrderBy(v => v.Item1),
            versions.Select(v => (v.Sequence, v.ContentHash)));
    }
}

public sealed class DefinitionVersionStoreOnSqlite() : DefinitionVersionStoreTests(new SqliteTestDatabase());

[Collection(PostgresCollection.Name)]
public sealed class DefinitionVersionStoreOnPostgres(PostgresServer server) : DefinitionVersionStoreTests(new PostgresTestDatabase(server));
