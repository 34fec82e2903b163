using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Procedures.Engine;
using Procedures.Runtime.Simulation;
using Procedures.Runtime.Stimuli;
using Procedures.Testing;

namespace Procedures.Benchmarks;

/// <summary>
/// The durable engine end to end on a real database: dossiers per second through unemployment benefit 1.001978 (receipt,
/// appraisal, a consultation, submission, decision and return: six committed transitions after the submission), with
/// several workers at once; and the cost of one step transition, single-threaded, as a ratio to a raw single-row
/// UPDATE transaction on the same database in the same run.
/// Run with: dotnet run -c Release --project tests/Procedures.Benchmarks -- engine-harness [--sync-at-checkpoints] [postgres-connection-string]
/// </summary>
public static class EngineHarness
{
    const string Code = "1.001978";

    public static async Task<int> Run(TextWriter output, string? postgres, bool syncEveryCommit)
    {
        var root = Path.Combine(Path.GetTempPath(), "engine-harness-" + Guid.NewGuid().ToString("N"));
        try
        {
            var folder = Path.Combine(root, "procedures");
            Fixtures.CopyTo(folder);
            var options = new EngineOptions { Watch = false, SyncEveryCommit = syncEveryCommit, Clock = new ManualClock(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero)) }
                .Procedures(folder);
            var sqlite = $"Data Source={Path.Combine(root, "engine.db")}";
            if (postgres is null) options.UseSqlite(sqlite);
            else options.UsePostgres(postgres);
            output.WriteLine($"engine harness on {options.Provider}{(postgres is null ? syncEveryCommit ? ", a sync at every commit" : ", synchronous=NORMAL" : "")}, {Environment.ProcessorCount} cores");

            await using var engine = new ProcedureEngine(options);
            await engine.StartAsync();
            await Throughput(engine, output, workers: 1, seconds: 3, warmUp: true);
            foreach (var workers in new[] { 1, 2, 4, 8 })
                await Throughput(engine, output, workers, seconds: 10, warmUp: false);
            await using var raw = postgres is null ? (DbConnection)new SqliteConnection(sqlite) : new Npgsql.NpgsqlConnection(postgres);
            await raw.OpenAsync();
            // The raw transaction runs with the durability the engine's own connections have.
            if (postgres is null) await Execute(raw, $"PRAGMA synchronous={(syncEveryCommit ? "FULL" : "NORMAL")}");
            await Ratio(engine, raw, output);
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    static async Task Throughput(ProcedureEngine engine, TextWriter output, int workers, int seconds, bool warmUp)
    {
        var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var counts = new int[workers];
        var transitions = new int[workers];
        var started = Stopwatch.GetTimestamp();
        using var process = Process.GetCurrentProcess();
        var (cpu, user, allocated) = (process.TotalProcessorTime, process.UserProcessorTime, GC.GetTotalAllocatedBytes());
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < until)
            {
                transitions[w] += await OneDossier(engine);
                counts[w]++;
            }
        })));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        // CPU time the whole process spent per dossier: what bounds throughput on a machine with all its cores free.
        // The user-mode part and the bytes allocated are the engine's own work, steadier than the whole when other
        // processes load the disk (the kernel's share is mostly writing and syncing pages).
        process.Refresh();
        var dossiers = Math.Max(1, counts.Sum());
        var cpuMicros = (process.TotalProcessorTime - cpu).TotalMicroseconds / dossiers;
        var userMicros = (process.UserProcessorTime - user).TotalMicroseconds / dossiers;
        var allocatedKb = (GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / dossiers;
        if (warmUp) return;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {workers} worker(s): {counts.Sum() / elapsed,8:F0} dossiers/s, {transitions.Sum() / elapsed,8:F0} transitions/s ({counts.Sum()} dossiers in {elapsed:F1} s, {cpuMicros:F0} µs of CPU a dossier, {userMicros:F0} in user mode, {allocatedKb:F0} KB allocated)"));
    }

    /// <summary>Submits a dossier and takes it to its end on the default path; returns the transitions committed.</summary>
    static async Task<int> OneDossier(ProcedureEngine engine)
    {
        var result = await engine.SubmitAsync(Code, new Submission());
        if (!result.Succeeded) throw new InvalidOperationException(result.Refusal?.ToString());
        var dossier = result.Dossier!;
        var transitions = 1;
        while (!dossier.Instance.IsFinished)
        {
            var bookmark = dossier.Instance.Bookmarks[0];
            var acted = await engine.ActAsync(dossier.Instance.DossierId, new BookmarkResumed(bookmark.Id, bookmark.AllowedOutcomes.FirstOrDefault()), dossier.Revision);
            if (!acted.Succeeded) throw new InvalidOperationException(acted.Refusal?.ToString());
            dossier = acted.Dossier!;
            transitions++;
        }
        return transitions;
    }

    /// <summary>One step transition (read, run, write in one transaction) against one raw single-row UPDATE transaction.</summary>
    static async Task Ratio(ProcedureEngine engine, DbConnection raw, TextWriter output)
    {
        // design.md's yardstick: a single-row transaction on a 2 KB row.
        await Execute(raw, "CREATE TABLE IF NOT EXISTS harness_counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, payload TEXT NOT NULL)");
        await Execute(raw, "DELETE FROM harness_counter");
        await Execute(raw, $"INSERT INTO harness_counter (id, n, payload) VALUES (1, 0, '{new string('x', 2048)}')");
        const int rounds = 2000;
        for (var i = 0; i < 200; i++) await RawUpdate(raw, i);
        var rawWatch = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++) await RawUpdate(raw, i);
        rawWatch.Stop();

        var transitionTicks = 0L;
        var measured = 0;
        while (measured < rounds)
        {
            var dossier = (await engine.SubmitAsync(Code, new Submission())).Dossier!;
            while (!dossier.Instance.IsFinished && measured < rounds)
            {
                var bookmark = dossier.Instance.Bookmarks[0];
                var at = Stopwatch.GetTimestamp();
                dossier = (await engine.ActAsync(dossier.Instance.DossierId, new BookmarkResumed(bookmark.Id, bookmark.AllowedOutcomes.FirstOrDefault()), dossier.Revision)).Dossier!;
                transitionTicks += Stopwatch.GetTimestamp() - at;
                measured++;
            }
        }
        var rawMicros = rawWatch.Elapsed.TotalMicroseconds / rounds;
        var transitionMicros = transitionTicks * 1_000_000.0 / Stopwatch.Frequency / measured;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  one step transition {transitionMicros:F0} µs, raw single-row update transaction of a 2 KB row {rawMicros:F0} µs: ratio {transitionMicros / rawMicros:F2}×"));
    }

    static readonly string[] Payloads = [new string('a', 2048), new string('b', 2048)];

    static async Task RawUpdate(DbConnection connection, int round)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE harness_counter SET n = n + 1, payload = @payload WHERE id = 1";
        var payload = command.CreateParameter();
        payload.ParameterName = "@payload";
        payload.Value = Payloads[round & 1];
        command.Parameters.Add(payload);
        await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    static async Task Execute(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
