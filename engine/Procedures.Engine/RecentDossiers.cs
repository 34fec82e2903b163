using Microsoft.Extensions.Caching.Memory;
using Procedures.Persistence;

namespace Procedures.Engine;

/// <summary>
/// The dossiers under way this node wrote last, as it wrote them. A copy may be stale (another node acted since): a
/// write from it then conflicts on the revision and the caller reads the stored dossier instead, so the cache only
/// saves reads, never decides anything.
/// </summary>
internal sealed class RecentDossiers(int capacity) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, capacity) });

    /// <summary>The copy, when there is one at <paramref name="revision"/> (any revision when null).</summary>
    public StoredDossier? Find(string dossierId, int? revision) =>
        _cache.TryGetValue(dossierId, out StoredDossier? stored) && (revision is null || revision == stored!.Revision) ? stored : null;

    /// <summary>Keeps a dossier under way (a finished one takes no more actions) and returns it.</summary>
    public StoredDossier Remember(StoredDossier dossier)
    {
        if (dossier.Instance.IsFinished) Forget(dossier.Instance.DossierId);
        else _cache.Set(dossier.Instance.DossierId, dossier, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return dossier;
    }

    public void Forget(string dossierId) => _cache.Remove(dossierId);

    public void Dispose() => _cache.Dispose();
}
