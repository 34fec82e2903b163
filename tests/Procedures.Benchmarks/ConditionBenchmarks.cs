using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Procedures.Expressions;
using Procedures.Runtime.Conditions;
using Procedures.Workflows.Facts;

namespace Procedures.Benchmarks;

/// <summary>
/// Conditions: compiling every condition of the repository's procedures (one Roslyn compilation and assembly per
/// procedure, warm), and evaluating one compiled condition on a dossier's data.
/// </summary>
[MemoryDiagnoser]
public class ConditionBenchmarks
{
    ProcedureConditions[] repository = [];
    CompiledConditions? compiled;
    DossierData data = null!;

    const string Condition = "Age >= 60 && Request == \"thực hiện\"";

    [GlobalSetup]
    public void Setup()
    {
        repository = [.. ConditionHarness.RepositoryConditions()];
        DataField[] fields = [new("Age", DataType.WholeNumber, true), new("Request", DataType.OneOf, true, ["thực hiện", "thôi hưởng"])];
        compiled = CompiledConditions.Compile(new ProcedureConditions("bench", [.. fields], [Condition])).Compiled;
        data = new DossierData(fields, JsonSerializer.Deserialize<Dictionary<string, JsonElement>>("""{"Age": 61, "Request": "thực hiện"}""")!);
    }

    [GlobalCleanup]
    public void Cleanup() => compiled?.Dispose();

    [Benchmark]
    public bool EvaluateOneCondition() => compiled!.Evaluate(Condition, data);

    [Benchmark]
    public int CompileAllRepositoryConditions()
    {
        var count = 0;
        foreach (var procedure in repository)
        {
            var (conditions, _) = CompiledConditions.Compile(procedure);
            count += conditions?.Conditions.Count ?? 0;
            conditions?.Dispose();
        }
        return count;
    }

    [Benchmark]
    public bool CheckAllRepositoryConditions() => ConditionAnalysis.Run(repository).HasProblems;
}
