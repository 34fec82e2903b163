using Procedures.Library;

namespace Procedures.Engine;

/// <summary>
/// How an engine node is set up: its database, the folder of procedure files it watches, and how often it looks for
/// due timers. Configured once in <see cref="EngineServiceCollectionExtensions.AddProcedureEngine"/>.
/// </summary>
public sealed class EngineOptions
{
    public DatabaseProvider Provider { get; private set; } = DatabaseProvider.Sqlite;

    /// <summary>Defaults to <c>procedures.db</c> in the working directory.</summary>
    public string ConnectionString { get; private set; } = Persistence.EngineDatabase.DefaultConnectionString;

    public string ProceduresFolder { get; private set; } = "procedures";

    /// <summary>The calendar data (holidays, compensatory days); defaults to <c>calendar/</c> inside the procedures folder.</summary>
    public string? CalendarFolder { get; set; }

    /// <summary>Watch the folder and publish edits while running; off for a node that only serves what it loaded.</summary>
    public bool Watch { get; set; } = true;

    public WatcherOptions Watcher { get; set; } = new();

    /// <summary>How often the scheduler looks for timers that are due; a timer fires at most this late.</summary>
    public TimeSpan TimerPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// SQLite only: sync the file at every commit (the default), so a power loss keeps every committed transition; it
    /// costs about 0.15 ms a commit on this machine's disk. Off, commits still survive the process being killed, but a
    /// power loss may take back the last few whole transitions (WAL with synchronous=NORMAL). PostgreSQL follows its own
    /// synchronous_commit.
    /// </summary>
    public bool SyncEveryCommit { get; set; } = true;

    /// <summary>
    /// How many dossiers under way this node keeps in memory between actions, so an action on one it wrote last needs no
    /// read. The revision check on every write keeps a copy another node has moved on from harmless: the action is run
    /// again on the stored dossier.
    /// </summary>
    public int CachedDossiers { get; set; } = 10_000;

    /// <summary>The clock deadlines and timers are read from; tests pass a fake one.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>This node's name in the scheduler's cluster; unique per process unless set.</summary>
    public string NodeId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    public EngineOptions UseSqlite(string? connectionString = null)
    {
        Provider = DatabaseProvider.Sqlite;
        ConnectionString = connectionString ?? Persistence.EngineDatabase.DefaultConnectionString;
        return this;
    }

    public EngineOptions UsePostgres(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Provider = DatabaseProvider.Postgres;
        ConnectionString = connectionString;
        return this;
    }

    public EngineOptions Procedures(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ProceduresFolder = folder;
        return this;
    }
}

public enum DatabaseProvider
{
    /// <summary>The embedded default: one file, one node.</summary>
    Sqlite,
    /// <summary>Several nodes on one database.</summary>
    Postgres,
}
