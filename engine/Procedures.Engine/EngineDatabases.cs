using Microsoft.EntityFrameworkCore;
using Procedures.Persistence;
using Procedures.Persistence.Postgres;

namespace Procedures.Engine;

/// <summary>Opens (creating and migrating on first start) the database the options name.</summary>
internal static class EngineDatabases
{
    public static Task<DbContextOptions<EngineDb>> OpenAsync(EngineOptions options, CancellationToken cancellationToken = default) =>
        options.Provider switch
        {
            DatabaseProvider.Sqlite => EngineDatabase.OpenSqliteAsync(options.ConnectionString, cancellationToken, options.SyncEveryCommit),
            _ => PostgresDatabase.OpenAsync(options.ConnectionString, cancellationToken),
        };
}
