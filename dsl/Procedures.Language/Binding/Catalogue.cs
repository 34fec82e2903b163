using System.Collections.Frozen;
using Procedures.Language.Diagnostics;
using Procedures.Language.Syntax.Nodes;

namespace Procedures.Language.Binding;

/// <summary>The shared catalogues every procedure refers to by name: agencies with their units, documents, subjects.</summary>
public sealed record Catalogue(
    FrozenDictionary<string, CatalogueAgency> Agencies,
    FrozenDictionary<string, BoundDocument> DocumentsByName,
    FrozenDictionary<string, BoundSubject> Subjects)
{
    /// <summary>Shared sets of data fields, by id.</summary>
    public FrozenDictionary<string, BoundFieldSet> FieldSets { get; init; } = FrozenDictionary<string, BoundFieldSet>.Empty;

    /// <summary>The agency of that name, or null after reporting PRC2003 with the nearest name.</summary>
    public BoundAgency? Agency(Quoted name, DiagnosticBag bag)
    {
        if (Agencies.TryGetValue(Names.Key(name.Value), out var entry))
            return entry.Agency;
        bag.Add(DiagnosticCatalogue.UnknownAgency, name.Span, name.Value,
            Names.DidYouMean(name.Value, Agencies.Values.Select(a => a.Agency.Name), bag.Language));
        return null;
    }

    public static Catalogue Empty { get; } = new(
        FrozenDictionary<string, CatalogueAgency>.Empty, FrozenDictionary<string, BoundDocument>.Empty, FrozenDictionary<string, BoundSubject>.Empty);
}

public sealed record CatalogueAgency(BoundAgency Agency, IReadOnlyList<string> Units);
