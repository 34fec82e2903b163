using System.Collections.Frozen;

namespace Procedures.Language.Binding;

/// <summary>The shared catalogues every procedure refers to by name: agencies with their units, documents, subjects.</summary>
public sealed record Catalogue(
    FrozenDictionary<string, CatalogueAgency> Agencies,
    FrozenDictionary<string, BoundDocument> DocumentsByName,
    FrozenDictionary<string, BoundSubject> Subjects)
{
    public static Catalogue Empty { get; } = new(
        FrozenDictionary<string, CatalogueAgency>.Empty, FrozenDictionary<string, BoundDocument>.Empty, FrozenDictionary<string, BoundSubject>.Empty);
}

public sealed record CatalogueAgency(BoundAgency Agency, IReadOnlyList<string> Units);
