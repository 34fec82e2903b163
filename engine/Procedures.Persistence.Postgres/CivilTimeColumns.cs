using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NodaTime;

namespace Procedures.Persistence.Postgres;

/// <summary>
/// Stores Vietnam civil times (<see cref="LocalDateTime"/>, unspecified DateTime after conversion) as
/// <c>timestamp without time zone</c>: Npgsql maps every DateTime to <c>timestamptz</c> and refuses to write an
/// unspecified one there, while instants stay UTC <c>timestamptz</c>. SQLite's model is left as it is.
/// </summary>
internal sealed class CivilTimeColumns(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
            if ((Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) == typeof(LocalDateTime))
                property.SetColumnType("timestamp without time zone");
    }
}
