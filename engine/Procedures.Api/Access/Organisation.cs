using System.Collections.Frozen;
using Procedures.Language.Binding;
using Procedures.Runtime.State;
using Procedures.Workflows;

namespace Procedures.Api.Access;

/// <summary>
/// Which agency a unit belongs to, from the shared catalogue of agencies and units, resolved the way the binder resolves
/// a step's unit: the executing agency's one-stop office and units first, then an agency named as such, then the units of
/// the procedure's coordinating agencies, then the one agency in the catalogue that has the unit. An agency is known by
/// its key: its code, or its name when the catalogue gives it none. The current catalogue decides, so after a
/// reorganisation the officers of the unit's new agency act on dossiers under way.
/// </summary>
public sealed class Organisation
{
    /// <summary>The one-stop office of the executing agency, named the same in every procedure (Decree 61/2018 Art. 3).</summary>
    public const string OneStop = "Bộ phận Một cửa";

    readonly FrozenDictionary<string, CatalogueAgency> byName;
    readonly FrozenDictionary<string, CatalogueAgency> byKey;
    readonly FrozenDictionary<string, string[]> agenciesOfUnit;

    public Organisation(Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var agencies = catalogue.Agencies.Values.ToArray();
        byName = agencies.ToFrozenDictionary(a => Names.Key(a.Agency.Name));
        byKey = agencies.GroupBy(a => Names.Key(KeyOf(a))).ToFrozenDictionary(g => g.Key, g => g.First());
        agenciesOfUnit = agencies
            .SelectMany(a => a.Units.Select(u => (Unit: Names.Key(u), Agency: KeyOf(a))))
            .GroupBy(x => x.Unit)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Agency).Distinct(StringComparer.Ordinal).ToArray());
    }

    public static Organisation Empty { get; } = new(Catalogue.Empty);

    static string KeyOf(CatalogueAgency agency) => string.IsNullOrWhiteSpace(agency.Agency.Code) ? agency.Agency.Name : agency.Agency.Code;

    /// <summary>The key of the agency of this name; the name itself for an agency the catalogue does not know.</summary>
    public string AgencyKey(string agencyName) => byName.TryGetValue(Names.Key(agencyName), out var a) ? KeyOf(a) : agencyName;

    /// <summary>The name of the agency with this key (code or name), when the catalogue knows it.</summary>
    public string? AgencyName(string key) => byKey.TryGetValue(Names.Key(key), out var a) ? a.Agency.Name : null;

    /// <summary>
    /// The key (code, or name when it has none) of the catalogue's agency that <paramref name="keyOrName"/> names by key or
    /// by name; null when the catalogue has no such agency.
    /// </summary>
    public string? KnownKey(string keyOrName) =>
        byKey.TryGetValue(Names.Key(keyOrName), out var byK) ? KeyOf(byK)
        : byName.TryGetValue(Names.Key(keyOrName), out var byN) ? KeyOf(byN) : null;

    /// <summary>The units the catalogue lists under the agency with this key.</summary>
    public IReadOnlyList<string> UnitsOf(string key) => byKey.TryGetValue(Names.Key(key), out var a) ? a.Units : [];

    /// <summary>Whether two agency keys (or a key and a name) are the same agency.</summary>
    public bool SameAgency(string? a, string? b) =>
        a is not null && b is not null && Names.Key(Canonical(a)) == Names.Key(Canonical(b));

    string Canonical(string keyOrName) => KnownKey(keyOrName) ?? keyOrName;

    /// <summary>The agency key of <paramref name="unit"/> at a dossier executed by <paramref name="executing"/> (an agency key).</summary>
    public string? AgencyOfUnit(string? unit, string executing, WorkflowDefinition? definition)
    {
        if (string.IsNullOrWhiteSpace(unit)) return null;
        var key = Names.Key(unit);
        if (key == Names.Key(OneStop)) return executing;
        if (byKey.TryGetValue(Names.Key(executing), out var own) && own.Units.Any(u => Names.Key(u) == key)) return KeyOf(own);
        if (byName.TryGetValue(key, out var asAgency)) return KeyOf(asAgency);
        foreach (var coordinating in definition?.Facts.CoordinatingAgencies ?? [])
            if (byName.TryGetValue(Names.Key(coordinating), out var other) && other.Units.Any(u => Names.Key(u) == key))
                return KeyOf(other);
        return agenciesOfUnit.TryGetValue(key, out var owners) && owners.Length == 1 ? owners[0] : null;
    }

    /// <summary>
    /// Every agency the dossier is or was at: the agency that received it (whose code opens its number), the executing
    /// agency chosen for it, the agencies of the units its steps were and are with, and the agencies it was sent to for a
    /// reply.
    /// </summary>
    public IReadOnlySet<string> AgenciesOf(WorkflowInstance instance, string executing, WorkflowDefinition? definition)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var agencies = new HashSet<string>(StringComparer.Ordinal) { executing };
        if (instance.ExecutingAgency is { } chosen) agencies.Add(AgencyKey(chosen.Name));
        foreach (var unit in instance.Journal.Select(e => e.Unit).Concat(instance.ActiveSteps.Select(s => s.Unit)))
            if (AgencyOfUnit(unit, executing, definition) is { } agency) agencies.Add(agency);
        foreach (var bookmark in instance.Bookmarks)
            if (bookmark.Agency is { } agency) agencies.Add(AgencyKey(agency));
        return agencies;
    }
}
