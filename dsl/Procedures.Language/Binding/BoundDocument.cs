namespace Procedures.Language.Binding;

/// <summary>
/// A document of a checklist; <see cref="Shared"/> when it comes from the shared catalogue. A "one of" line has its
/// <see cref="Alternatives"/>; the properties beyond the counts say how recently it is issued, whether it needs
/// consular legalisation or a certified translation, whether an electronic copy is accepted, the database the agency
/// looks it up in, and whom it is about when not the applicant.
/// </summary>
public sealed record BoundDocument(
    string Id,
    string Name,
    string? Form,
    int Originals,
    int Copies,
    int CertifiedCopies,
    bool Required,
    BoundCondition? Condition,
    bool Shared)
{
    public Procedures.Calendar.TimeLimit? IssuedWithin { get; init; }
    public bool ConsularLegalisation { get; init; }
    public bool CertifiedTranslation { get; init; }
    public bool ElectronicAccepted { get; init; }
    public string? LookedUpIn { get; init; }
    public string? About { get; init; }
    public IReadOnlyList<BoundDocument> Alternatives { get; init; } = [];

    /// <summary>The document and its alternatives, for whatever reads every line of a checklist.</summary>
    public IEnumerable<BoundDocument> WithAlternatives() => Alternatives.Prepend(this);
}

/// <summary>A case (trường hợp): a variant of the procedure with its own checklist, applied when its condition holds.</summary>
public sealed record BoundCase(string Name, BoundCondition? Condition, IReadOnlyList<BoundDocument> Documents);
