using System.Diagnostics;
using System.Globalization;
using System.Runtime.Loader;
using System.Text.Json;
using Procedures.Compiler;
using Procedures.Expressions;
using Procedures.Language;
using Procedures.Runtime.Conditions;
using Procedures.Testing;
using Procedures.Workflows.Facts;

namespace Procedures.Benchmarks;

/// <summary>
/// A measured harness for what BenchmarkDotNet cannot show: the first compilation of the repository's conditions in
/// a fresh process (cold), and memory over 1,000 reloads of a procedure whose conditions change each time (each
/// reload compiles a new assembly and unloads the previous one). No assembly stays loaded; what the heap keeps growing
/// by is Roslyn's parser caches (the process-wide green-node and token caches, 65,536 entries each), which take in
/// the new syntax of each edit until they are full and then replace entries: <c>--reloads 100000</c> shows the heap
/// level off once they are.
/// Run with: dotnet run -c Release --project tests/Procedures.Benchmarks -- conditions-harness [--reloads N]
/// </summary>
public static class ConditionHarness
{
    public static IReadOnlyList<ProcedureConditions> RepositoryConditions()
    {
        var compilation = Compilation.Create(RepositoryFiles.AllPaths().Select(RepositoryFiles.Read));
        return [.. ProcedureCompiler.CompileAll(compilation)
            .Select(c => c.Definition)
            .OfType<Workflows.WorkflowDefinition>()
            .Select(CompiledConditionEvaluator.Source)
            .Where(c => c.Conditions.Length > 0)];
    }

    public static int Run(TextWriter output, int reloads = 3_000)
    {
        var repository = RepositoryConditions();
        var cold = Stopwatch.StartNew();
        foreach (var procedure in repository)
            CompiledConditions.Compile(procedure).Compiled?.Dispose();
        cold.Stop();
        var warm = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var procedure in repository)
                CompiledConditions.Compile(procedure).Compiled?.Dispose();
            warm.Add(watch.Elapsed.TotalMilliseconds);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"compile all conditions of the repository ({repository.Count} procedures, {repository.Sum(r => r.Conditions.Length)} conditions): cold {cold.Elapsed.TotalMilliseconds:0} ms, warm median {warm.Order().ElementAt(warm.Count / 2):0.0} ms"));

        var cache = new ConditionCache();
        var data = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>("""{"Age": 61, "Request": "thực hiện", "Married": true}""")!;
        DataField[] fields = [new("Age", DataType.WholeNumber, true), new("Request", DataType.OneOf, true, ["thực hiện", "thôi hưởng"]), new("Married", DataType.YesNo, true)];
        var managed = new List<(int Reloads, long Bytes)>();
        var every = Math.Max(1_000, reloads / 10);
        for (var reload = 1; reload <= reloads; reload++)
        {
            // Each reload is an edited file: its conditions differ, so it is a new assembly, and the old version is let go.
            var procedure = new ProcedureConditions("reload", [.. fields],
                [$"Age >= {reload % 90} && Request == \"thực hiện\"", $"Married || Age < {reload}", "Request != \"thôi hưởng\""]);
            var (lease, _) = cache.Acquire(procedure);
            if (!lease!.Conditions.Evaluate("Request != \"thôi hưởng\"", data))
                throw new InvalidOperationException("wrong value");
            lease.Dispose();
            if (reload % every == 0)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                managed.Add((reload, GC.GetTotalMemory(forceFullCollection: true)));
            }
        }
        var contexts = AssemblyLoadContext.All.Count(c => c.Name?.StartsWith("conditions ", StringComparison.Ordinal) == true);
        static string Mb(long bytes) => (bytes / 1024.0 / 1024).ToString("0.0", CultureInfo.InvariantCulture);
        var levels = string.Join(", ", managed.Select((m, i) => string.Create(CultureInfo.InvariantCulture,
            $"{Mb(m.Bytes)} MB after {m.Reloads:N0}{(i == 0 ? "" : $" ({(m.Bytes - managed[i - 1].Bytes) * 100.0 / managed[i - 1].Bytes:+0.0;-0.0}%)")}")));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory over reloads (managed heap after a full collection): {levels}; condition assemblies still loaded: {contexts}; working set {Environment.WorkingSet / 1024 / 1024} MB"));
        return 0;
    }
}
