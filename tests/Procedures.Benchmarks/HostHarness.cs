using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Procedures.Host;
using Procedures.Testing;

namespace Procedures.Benchmarks;

/// <summary>
/// The HTTP host under load on loopback: the real host (Kestrel, JWT, SQLite in a temporary folder, the fixture
/// procedures), first submissions of 1.001978 by a portal, then status reads of those dossiers, from several concurrent
/// clients. Each phase is bounded in count and in time and stops by itself. Every request is checked: each submission
/// must be a 201 with a dossier id no other submission got (dossiers are numbered later, at the receipt), and afterwards
/// every dossier a 201 reported must read back (no request lost).
/// Run with: dotnet run -c Release --project tests/Procedures.Benchmarks -- host-harness [--sync-at-checkpoints]
/// </summary>
public static class HostHarness
{
    const string Code = "1.001978";
    const int Clients = 8;
    const int MaxSubmissions = 6_000;
    const int MaxReads = 40_000;
    static readonly TimeSpan PhaseLimit = TimeSpan.FromSeconds(20);

    public static async Task<int> Run(TextWriter output, bool syncEveryCommit)
    {
        var root = Path.Combine(Path.GetTempPath(), "host-harness-" + Guid.NewGuid().ToString("N"));
        var key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray());
        try
        {
            Fixtures.CopyTo(Path.Combine(root, "procedures"));
            var app = ProcedureHost.Create([
                "--urls", "http://127.0.0.1:0",
                "--Procedures:Folder", Path.Combine(root, "procedures"),
                "--Procedures:Sqlite", $"Data Source={Path.Combine(root, "host.db")}",
                "--Procedures:SyncEveryCommit", syncEveryCommit ? "true" : "false",
                "--Auth:SigningKey", key,
                "--Logging:LogLevel:Default", "Warning",
            ]);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var auth = new AuthSettings(null, AuthSettings.DevelopmentIssuer, AuthSettings.DefaultAudience, key, "unused");
            var token = Tokens.Mint(auth, new TokenRequest(["portal"], null, null, "harness", "harness", TimeSpan.FromHours(1)), DateTimeOffset.UtcNow);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                BaseAddress = new Uri(address),
            };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            output.WriteLine($"host harness: {address} on SQLite ({(syncEveryCommit ? "a sync at every commit" : "synchronous=NORMAL")}), {Clients} concurrent clients, {Environment.ProcessorCount} cores (shared machine)");

            // Warm-up: JIT, pools, the first SQLite pages.
            await Submissions(http, 200, TimeSpan.FromSeconds(10), "warm", output: null);
            var (ids, submitted) = await Submissions(http, MaxSubmissions, PhaseLimit, "run", output);
            var reads = await Reads(http, ids, MaxReads, PhaseLimit, output);
            await app.StopAsync();
            await app.DisposeAsync();
            return submitted && reads ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    static async Task<(IReadOnlyList<string> Ids, bool Ok)> Submissions(HttpClient http, int max, TimeSpan limit, string run, TextWriter? output)
    {
        var latencies = new ConcurrentBag<double>();
        var opened = new ConcurrentDictionary<string, int>();
        var failures = new ConcurrentBag<string>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < max && clock.Elapsed < limit)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/procedures/{Code}/dossiers")
                {
                    Content = new StringContent("""{"channel":"InPerson","documents":["request"]}""", Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("Idempotency-Key", $"{run}-{i}");
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.Created) { failures.Add($"{(int)response.StatusCode} {body}"); continue; }
                using var json = JsonDocument.Parse(body);
                var id = json.RootElement.GetProperty("id").GetString()!;
                if (!opened.TryAdd(id, i)) failures.Add($"dossier {id} given twice");
            }
        }));
        var elapsed = clock.Elapsed;
        output?.WriteLine(Line("submissions", latencies, elapsed, failures.Count));
        foreach (var failure in failures.Take(5)) output?.WriteLine("  failed: " + failure);
        return ([.. opened.Keys], failures.IsEmpty);
    }

    static async Task<bool> Reads(HttpClient http, IReadOnlyList<string> ids, int max, TimeSpan limit, TextWriter output)
    {
        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentBag<string>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            int i;
            // Every dossier is read at least once (none lost), then round again while the bounds allow.
            while ((i = Interlocked.Increment(ref next)) < Math.Max(max, ids.Count) && (clock.Elapsed < limit || i < ids.Count))
            {
                var id = ids[i % ids.Count];
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync($"/api/v1/dossiers/{id}");
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{id}: {(int)response.StatusCode}");
            }
        }));
        output.WriteLine(Line("status reads", latencies, clock.Elapsed, failures.Count));
        foreach (var failure in failures.Take(5)) output.WriteLine("  failed: " + failure);
        output.WriteLine(failures.IsEmpty ? $"no request lost: all {ids.Count} submitted dossiers read back" : $"{failures.Count} reads failed");
        return failures.IsEmpty;
    }

    static string Line(string what, IEnumerable<double> latencies, TimeSpan elapsed, int failures)
    {
        var sorted = latencies.Order().ToArray();
        double At(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"{what}: {sorted.Length} in {elapsed.TotalSeconds:0.0} s = {sorted.Length / elapsed.TotalSeconds:0}/s, p50 {At(0.50):0.00} ms, p99 {At(0.99):0.00} ms, max {At(1):0.0} ms, {failures} failed");
    }
}
