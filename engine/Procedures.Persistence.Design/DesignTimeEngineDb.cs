using Microsoft.EntityFrameworkCore.Design;
using Procedures.Persistence.Postgres;

namespace Procedures.Persistence.Design;

/// <summary>
/// How <c>dotnet ef</c> builds the context to diff the model into a migration: SQLite by default, PostgreSQL when the
/// arguments after <c>--</c> start with <c>postgres</c>. An optional further argument is the connection string (the
/// diff needs no server).
/// </summary>
public sealed class DesignTimeEngineDb : IDesignTimeDbContextFactory<EngineDb>
{
    public EngineDb CreateDbContext(string[] args) => args switch
    {
        ["postgres", .. var rest] => new(PostgresDatabase.Options(rest.Length > 0 ? rest[0] : "Host=localhost;Database=procedures")),
        [var connectionString, ..] => new(EngineDatabase.Sqlite(connectionString)),
        [] => new(EngineDatabase.Sqlite()),
    };
}
