using Microsoft.EntityFrameworkCore;

namespace Procedures.Persistence.Tests;

/// <summary>A fresh engine database of one test on one provider, migrated as a first start would, removed afterwards.</summary>
public abstract class TestDatabase : IAsyncLifetime
{
    /// <summary>Makes the empty database; <see cref="InitializeAsync"/> then opens it as a starting host does.</summary>
    public abstract Task CreateEmptyAsync();

    /// <summary>What a starting host does: bring the tables up to the latest migration.</summary>
    public abstract Task<DbContextOptions<EngineDb>> OpenAsync();

    /// <summary>Options as a restarted host would make them: nothing shared with the writer.</summary>
    public abstract DbContextOptions<EngineDb> NewOptions();

    public abstract Task DisposeAsync();

    public async Task InitializeAsync()
    {
        await CreateEmptyAsync();
        await OpenAsync();
    }

    public EngineDb Open() => new(NewOptions());
}
