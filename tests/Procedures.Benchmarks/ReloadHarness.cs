using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Procedures.Library;
using Procedures.Testing;

namespace Procedures.Benchmarks;

/// <summary>
/// Save-to-live latency of hot reload, measured end to end with the watcher running: from just before a file is
/// written to the moment the watcher reports the new version published. 200 edits of one procedure (its name changes,
/// so each is a new version), one at a time with a pause between them so each is its own save, over a temporary copy
/// of the fixtures and of the repository's procedures folder (the realistic size: every procedure re-binds on each
/// reload). The debounce quiet window (50 ms by default) is part of the figure.
/// Run with: dotnet run -c Release --project tests/Procedures.Benchmarks -- reload-harness
/// </summary>
public static class ReloadHarness
{
    const string File = "viec-lam/1.001978.proc";
    const string Name = "\"Giải quyết hưởng trợ cấp thất nghiệp\"\n";

    public static int Run(TextWriter output, int edits = 200)
    {
        var failures = 0;
        failures += Measure(output, "fixtures", target => Fixtures.CopyTo(target), edits);
        failures += Measure(output, "repository procedures", target => CopyFolder(RepositoryFiles.ProceduresFolder, target), edits);
        return failures == 0 ? 0 : 1;
    }

    static int Measure(TextWriter output, string label, Action<string> copy, int edits)
    {
        var folder = Path.Combine(Path.GetTempPath(), "reload-harness-" + Guid.NewGuid().ToString("N"));
        try
        {
            copy(folder);
            var load = Stopwatch.StartNew();
            var (library, _) = ProcedureLibrary.Load(folder);
            load.Stop();
            var pending = new ConcurrentDictionary<string, TaskCompletionSource<long>>(StringComparer.Ordinal);
            using var watcher = new ProcedureWatcher(library);
            watcher.Published += p =>
            {
                if (pending.TryRemove(p.Definition.Name, out var done))
                    done.TrySetResult(Stopwatch.GetTimestamp());
            };
            var original = System.IO.File.ReadAllText(Path.Combine(folder, File));
            Assert(original.Contains(Name, StringComparison.Ordinal), "the edited file holds the expected name");
            var latencies = new List<double>();
            var timeouts = 0;
            for (var i = 1; i <= edits; i++)
            {
                var name = $"Giải quyết hưởng trợ cấp thất nghiệp #{i}";
                var done = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                pending[name] = done;
                var text = original.Replace(Name, $"\"{name}\"\n", StringComparison.Ordinal);
                var written = Stopwatch.GetTimestamp();
                System.IO.File.WriteAllText(Path.Combine(folder, File), text);
                if (done.Task.Wait(TimeSpan.FromSeconds(5)))
                    latencies.Add(Stopwatch.GetElapsedTime(written, done.Task.Result).TotalMilliseconds);
                else
                    timeouts++;
                Thread.Sleep(20);
            }
            latencies.Sort();
            double At(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"save-to-live, {label} ({library.Codes.Count} procedures, load {load.Elapsed.TotalMilliseconds:0} ms): {latencies.Count} edits, p50 {At(0.50):0.0} ms, p95 {At(0.95):0.0} ms, max {(latencies.Count == 0 ? double.NaN : latencies[^1]):0.0} ms, timeouts {timeouts}"));
            return timeouts;
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            System.IO.File.Copy(file, destination, overwrite: true);
        }
    }

    static void Assert(bool condition, string what)
    {
        if (!condition) throw new InvalidOperationException("reload harness: expected " + what);
    }
}
