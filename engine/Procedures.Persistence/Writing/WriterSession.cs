using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;

namespace Procedures.Persistence.Writing;

/// <summary>
/// The one connection a store writes through, opened by EF Core (so its interceptors and provider settings apply) and
/// kept open with one command per statement: SQLite keeps a command's statement prepared for as long as both live, so
/// a transition parses no SQL. Used by one flushing writer at a time.
/// </summary>
internal sealed class WriterSession : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private DbTransaction? _transaction;

    private WriterSession(EngineDb db) => Db = db;

    public EngineDb Db { get; }

    public static async Task<WriterSession> OpenAsync(DbContextOptions<EngineDb> options)
    {
        var db = new EngineDb(options);
        try
        {
            await db.Database.OpenConnectionAsync();
            return new WriterSession(db);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public async Task<IDbContextTransaction> BeginAsync()
    {
        var transaction = await Db.Database.BeginTransactionAsync();
        _transaction = transaction.GetDbTransaction();
        return transaction;
    }

    /// <summary>Statements after this run outside a transaction (autocommit) until the next <see cref="BeginAsync"/>.</summary>
    public void TransactionEnded() => _transaction = null;

    public async Task<int> ExecuteAsync(string sql, params object?[] values)
    {
        var command = Prepared(sql, values);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first column of the first row, or null when there is none.</summary>
    public async Task<object?> ScalarAsync(string sql, params object?[] values)
    {
        var command = Prepared(sql, values);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    private DbCommand Prepared(string sql, object?[] values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                command.Parameters.Add(parameter);
            }
            _commands.Add(sql, command);
        }
        command.Transaction = _transaction;
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = ToProvider(values[i]);
        return command;
    }

    // The same provider values as the EF model's converters (NodaTimeConverters): instants as UTC DateTime, civil times
    // as unspecified DateTime, dates as DateOnly; both providers bind those to the columns EF created.
    private static object ToProvider(object? value) => value switch
    {
        null => DBNull.Value,
        Instant i => i.ToDateTimeUtc(),
        LocalDateTime l => l.ToDateTimeUnspecified(),
        LocalDate d => d.ToDateOnly(),
        _ => value,
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values) await command.DisposeAsync();
        _commands.Clear();
        await Db.Database.CloseConnectionAsync();
        await Db.DisposeAsync();
    }
}
