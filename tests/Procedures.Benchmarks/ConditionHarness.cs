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
/// reload compiles a new assembly and unloads the previous one). Roslyn's own shared caches fill during the first
/// thousand or so compilations and then stay, so growth is read from the second and third thousand.
/// Run with: dotnet run -c Release --project tests/Procedures.Benchmarks -- conditions-harness
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

    public static int Run(TextWriter output)
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
        var managed = new List<long>();
        for (var reload = 1; reload <= 3_000; reload++)
        {
            // Each reload is an edited file: its conditions differ, so it is a new assembly, and the old version is let go.
            var procedure = new ProcedureConditions("reload", [.. fields],
                [$"Age >= {reload % 90} && Request == \"thực hiện\"", $"Married || Age < {reload}", "Request != \"thôi hưởng\""]);
            var (lease, _) = cache.Acquire(procedure);
            if (!lease!.Conditions.Evaluate("Request != \"thôi hưởng\"", data))
                throw new InvalidOperationException("wrong value");
            lease.Dispose();
            if (reload % 1_000 == 0)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                managed.Add(GC.GetTotalMemory(forceFullCollection: true));
            }
        }
        var contexts = AssemblyLoadContext.All.Count(c => c.Name?.StartsWith("conditions ", StringComparison.Ordinal) == true);
        static string Mb(long bytes) => (bytes / 1024.0 / 1024).ToString("0.0", CultureInfo.InvariantCulture);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory over reloads (managed heap after a full collection): {Mb(managed[0])} MB after 1,000, {Mb(managed[1])} MB after 2,000, {Mb(managed[2])} MB after 3,000; the second 1,000 reloads {(managed[1] - managed[0]) * 100.0 / managed[0]:+0.0;-0.0}%, the third {(managed[2] - managed[1]) * 100.0 / managed[1]:+0.0;-0.0}%; condition assemblies still loaded: {contexts}; working set {Environment.WorkingSet / 1024 / 1024} MB"));
        return 0;
    }
}
