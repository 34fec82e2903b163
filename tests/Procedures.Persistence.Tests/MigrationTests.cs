using Microsoft.EntityFrameworkCore;

namespace Procedures.Persistence.Tests;

/// <summary>Each provider's migrations build exactly the model the stores use, from an empty database.</summary>
public abstract class MigrationTests(TestDatabase database) : IAsyncLifetime
{
    public Task InitializeAsync() => database.CreateEmptyAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [SkippableFact]
    public void The_model_has_no_change_that_a_migration_is_missing_for()
    {
        using var db = database.Open();
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [SkippableFact]
    public async Task A_first_start_applies_every_migration_and_a_second_finds_none_left()
    {
        await using (var before = database.Open())
            Assert.Empty(await before.Database.GetAppliedMigrationsAsync());

        var options = await database.OpenAsync();

        await using var db = new EngineDb(options);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Empty(await db.Dossiers.ToListAsync());
        await database.OpenAsync();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [SkippableFact]
    public async Task Nodes_starting_together_on_an_empty_database_all_open_it()
    {
        var opened = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(database.OpenAsync)));

        foreach (var options in opened)
        {
            await using var db = new EngineDb(options);
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.Empty(await db.DossierNumbers.ToListAsync());
        }
    }
}

public sealed class MigrationsOnSqlite() : MigrationTests(new SqliteTestDatabase());

[Collection(PostgresCollection.Name)]
public sealed class MigrationsOnPostgres(PostgresServer server) : MigrationTests(new PostgresTestDatabase(server));
