using Microsoft.EntityFrameworkCore.Design;

namespace Procedures.Persistence.Design;

/// <summary>How <c>dotnet ef</c> builds the context to diff the model into a migration.</summary>
public sealed class DesignTimeEngineDb : IDesignTimeDbContextFactory<EngineDb>
{
    public EngineDb CreateDbContext(string[] args) => new(EngineDatabase.Sqlite(args.Length > 0 ? args[0] : null));
}
