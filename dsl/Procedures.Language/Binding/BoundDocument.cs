namespace Procedures.Language.Binding;

/// <summary>A document of a checklist; <see cref="Shared"/> when it comes from the shared catalogue.</summary>
public sealed record BoundDocument(
    string Id,
    string Name,
    string? Form,
    int Originals,
    int Copies,
    int CertifiedCopies,
    bool Required,
    BoundCondition? Condition,
    bool Shared);

/// <summary>A case (trường hợp): a variant of the procedure with its own checklist, applied when its condition holds.</summary>
public sealed record BoundCase(string Name, BoundCondition? Condition, IReadOnlyList<BoundDocument> Documents);
