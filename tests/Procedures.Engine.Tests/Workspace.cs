using Microsoft.Data.Sqlite;
using Procedures.Runtime.Simulation;

namespace Procedures.Engine.Tests;

/// <summary>
/// A temporary procedures folder (a copy of the fixtures, or of another folder) and a SQLite file beside it, shared by
/// the engine nodes a test starts one after another, with one clock they all read.
/// </summary>
public sealed class Workspace : IDisposable
{
    public Workspace(string? copyOf = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "procedures-engine-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (copyOf is null) Fixtures.CopyTo(Folder);
        else CopyDirectory(copyOf, Folder);
    }

    public string Root { get; }

    public string Folder => Path.Combine(Root, "procedures");

    public string ConnectionString => $"Data Source={Path.Combine(Root, "engine.db")}";

    /// <summary>Monday 2 March 2026, 09:00 in Vietnam.</summary>
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));

    /// <summary>Options for a node on this workspace's SQLite file; <paramref name="more"/> adjusts them.</summary>
    public Action<EngineOptions> Sqlite(Action<EngineOptions>? more = null) => o =>
    {
        o.UseSqlite(ConnectionString).Procedures(Folder);
        o.Clock = Clock;
        o.TimerPollInterval = TimeSpan.FromMilliseconds(200);
        o.Watcher = new Library.WatcherOptions { QuietWindow = TimeSpan.FromMilliseconds(50), RescanInterval = TimeSpan.FromMilliseconds(500) };
        more?.Invoke(o);
    };

    /// <summary>Options for a node on a PostgreSQL database; every node of a test shares the folder and the clock.</summary>
    public Action<EngineOptions> Postgres(string connectionString, Action<EngineOptions>? more = null) => o =>
    {
        Sqlite()(o);
        o.UsePostgres(connectionString);
        more?.Invoke(o);
    };

    public EngineOptions PostgresOptions(string connectionString, Action<EngineOptions>? more = null)
    {
        var options = new EngineOptions();
        Postgres(connectionString, more)(options);
        return options;
    }

    public EngineOptions SqliteOptions(Action<EngineOptions>? more = null)
    {
        var options = new EngineOptions();
        Sqlite(more)(options);
        return options;
    }

    public void Later(TimeSpan by) => Clock.Set(Clock.GetUtcNow() + by);

    public void Replace(string relative, string oldText, string newText)
    {
        var path = Path.Combine(Folder, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
