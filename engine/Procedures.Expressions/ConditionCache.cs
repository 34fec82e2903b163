using System.Collections.Concurrent;

namespace Procedures.Expressions;

/// <summary>
/// Compiled conditions shared by every procedure version with the same fields and conditions (keyed by content
/// hash), counted by lease: the assembly is unloaded when the last version using it lets go. Owned by the engine
/// (one per host); thread-safe.
/// </summary>
public sealed class ConditionCache
{
    readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    readonly Lock gate = new();

    public int Count => entries.Count;

    /// <summary>The compiled conditions of <paramref name="procedure"/>, or the analysis that refused them.</summary>
    public (Lease? Lease, ConditionAnalysis? Analysis) Acquire(ProcedureConditions procedure)
    {
        lock (gate)
        {
            if (entries.TryGetValue(procedure.ContentHash, out var cached))
            {
                cached.Leases++;
                return (new Lease(this, cached), null);
            }
        }
        var (compiled, analysis) = CompiledConditions.Compile(procedure);
        if (compiled is null)
            return (null, analysis);
        lock (gate)
        {
            if (entries.TryGetValue(procedure.ContentHash, out var raced))
            {
                compiled.Dispose();
                raced.Leases++;
                return (new Lease(this, raced), null);
            }
            var entry = new Entry(compiled) { Leases = 1 };
            entries[procedure.ContentHash] = entry;
            return (new Lease(this, entry), null);
        }
    }

    void Release(Entry entry)
    {
        lock (gate)
        {
            if (--entry.Leases > 0)
                return;
            entries.TryRemove(entry.Conditions.ContentHash, out _);
        }
        entry.Conditions.Dispose();
    }

    internal sealed class Entry(CompiledConditions conditions)
    {
        public CompiledConditions Conditions { get; } = conditions;
        public int Leases { get; set; }
    }

    /// <summary>One user's hold on compiled conditions; dispose it when the version is no longer used.</summary>
    public sealed class Lease : IDisposable
    {
        readonly ConditionCache cache;
        readonly Entry entry;
        int disposed;

        internal Lease(ConditionCache cache, Entry entry)
        {
            this.cache = cache;
            this.entry = entry;
        }

        public CompiledConditions Conditions => entry.Conditions;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
                cache.Release(entry);
        }
    }
}
