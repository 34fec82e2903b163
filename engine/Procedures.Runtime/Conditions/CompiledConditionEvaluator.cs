using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using Procedures.Expressions;
using Procedures.Workflows;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime.Conditions;

/// <summary>
/// Evaluates conditions through the assembly their definition version compiles to (Roslyn, one collectible assembly
/// per version, shared through <see cref="ConditionCache"/> by content). A version is compiled on first use and held
/// until <see cref="Release"/>; a condition reading a field the dossier's data does not give is undecided.
/// </summary>
public sealed class CompiledConditionEvaluator(ConditionCache cache) : IConditionEvaluator, IDisposable
{
    readonly ConcurrentDictionary<string, Lazy<ConditionCache.Lease?>> leases = new(StringComparer.Ordinal);

    public ConditionResult Evaluate(WorkflowDefinition definition, string condition, IReadOnlyDictionary<string, JsonElement> data)
    {
        if (Conditions(definition) is not { } compiled)
            return ConditionResult.Undecided("the procedure's conditions do not compile");
        try
        {
            return ConditionResult.Of(compiled.Evaluate(condition, data));
        }
        catch (MissingValueException missing)
        {
            return ConditionResult.Undecided(missing.Message);
        }
        catch (Exception e) when (e is ArithmeticException or InvalidOperationException or ArgumentException)
        {
            // Division by zero, an absent optional value read with .Value, an out-of-range date: the data cannot decide.
            return ConditionResult.Undecided(e.Message);
        }
    }

    /// <summary>The compiled conditions of a version, or null when they do not compile (the checker reports why).</summary>
    public CompiledConditions? Conditions(WorkflowDefinition definition) =>
        leases.GetOrAdd(Key(definition), _ => new Lazy<ConditionCache.Lease?>(() => cache.Acquire(Source(definition)).Lease)).Value?.Conditions;

    /// <summary>Lets go of a version no dossier runs on any more; its assembly unloads once no other version shares it.</summary>
    public void Release(WorkflowDefinition definition)
    {
        if (leases.TryRemove(Key(definition), out var lease) && lease.IsValueCreated)
            lease.Value?.Dispose();
    }

    public void Dispose()
    {
        foreach (var key in leases.Keys)
            if (leases.TryRemove(key, out var lease) && lease.IsValueCreated)
                lease.Value?.Dispose();
    }

    /// <summary>
    /// Every condition the runtime evaluates: its decisions', those that choose its executing agency, its documents'
    /// (alternatives included), its requirements', its applicant's windows' and its fee lines'.
    /// </summary>
    public static ProcedureConditions Source(WorkflowDefinition definition)
    {
        var facts = definition.Facts;
        static IEnumerable<string?> Of(IEnumerable<RequiredDocument> documents) =>
            documents.SelectMany(d => d.Alternatives.Select(a => a.Condition).Prepend(d.Condition));
        var texts = definition.Root.Activities.OfType<DecisionActivity>().Select(d => d.Condition)
            .Concat((facts.AgencyChoices ?? []).Select(c => c.Condition))
            .Concat(Of(facts.Documents.Common))
            .Concat(facts.Documents.Cases.SelectMany(c => Of(c.Documents).Prepend(c.Condition)))
            .Concat(facts.Requirements.Select(r => r.Condition))
            .Concat(facts.ApplicantWindows.Select(w => w.Condition))
            .Concat(facts.FeeLines.Select(f => f.Condition))
            .OfType<string>().Where(t => t.Length > 0).Distinct(StringComparer.Ordinal);
        return new ProcedureConditions(definition.DefinitionId, [.. definition.Facts.Data], [.. texts]);
    }

    static string Key(WorkflowDefinition definition) => $"{definition.DefinitionId}:{definition.Version.Sequence}:{definition.Version.ContentHash}";
}
