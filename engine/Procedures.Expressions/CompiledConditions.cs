using Procedures.Workflows.Facts;
using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;

namespace Procedures.Expressions;

/// <summary>
/// The conditions of one procedure version, compiled into one assembly loaded in its own collectible
/// <see cref="AssemblyLoadContext"/>. Evaluate by the condition's text; dispose to unload the assembly (it goes once
/// no delegate of it is referenced any more).
/// </summary>
public sealed class CompiledConditions : IDisposable
{
    readonly AssemblyLoadContext context;
    readonly FrozenDictionary<string, Func<Func<string, object?>, bool>> evaluators;

    CompiledConditions(string contentHash, IReadOnlyList<DataField> fields, AssemblyLoadContext context, FrozenDictionary<string, Func<Func<string, object?>, bool>> evaluators)
    {
        ContentHash = contentHash;
        Fields = fields;
        this.context = context;
        this.evaluators = evaluators;
    }

    public string ContentHash { get; }

    /// <summary>The data fields the conditions read, as declared.</summary>
    public IReadOnlyList<DataField> Fields { get; }

    public IReadOnlyCollection<string> Conditions => evaluators.Keys;

    /// <summary>
    /// Compiles the procedure's conditions, or returns the analysis that refused them: nothing is emitted, let alone
    /// run, unless every condition passed the syntax gate, binding and the whitelist.
    /// </summary>
    public static (CompiledConditions? Compiled, ConditionAnalysis Analysis) Compile(ProcedureConditions procedure)
    {
        var analysis = ConditionAnalysis.Run([procedure]);
        if (analysis.HasProblems)
            return (null, analysis);

        using var image = new MemoryStream();
        var emitted = analysis.Compilation.Emit(image);
        if (!emitted.Success)
            throw new InvalidOperationException("conditions that passed analysis failed to emit: " + string.Join("; ", emitted.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext("conditions " + procedure.ContentHash, isCollectible: true);
        var assembly = context.LoadFromStream(image);
        var type = assembly.GetType($"{GeneratedSource.Namespace}.{GeneratedSource.ClassName(0)}", throwOnError: true)!;
        var evaluators = new Dictionary<string, Func<Func<string, object?>, bool>>(StringComparer.Ordinal);
        for (var c = 0; c < procedure.Conditions.Length; c++)
        {
            var method = type.GetMethod(GeneratedSource.Evaluator(c), BindingFlags.Public | BindingFlags.Static)!;
            evaluators.TryAdd(procedure.Conditions[c], method.CreateDelegate<Func<Func<string, object?>, bool>>());
        }
        return (new CompiledConditions(procedure.ContentHash, procedure.Fields, context, evaluators.ToFrozenDictionary(StringComparer.Ordinal)), analysis);
    }

    public bool Contains(string condition) => evaluators.ContainsKey(condition);

    /// <summary>The condition's value on the dossier's data; throws <see cref="MissingValueException"/> when it reads a field not given.</summary>
    public bool Evaluate(string condition, DossierData data) =>
        evaluators.TryGetValue(condition, out var evaluate)
            ? evaluate(data.Read)
            : throw new ArgumentException($"\"{condition}\" is not a condition of this procedure version", nameof(condition));

    public bool Evaluate(string condition, IReadOnlyDictionary<string, JsonElement> data) => Evaluate(condition, new DossierData(Fields, data));

    public void Dispose() => context.Unload();
}
