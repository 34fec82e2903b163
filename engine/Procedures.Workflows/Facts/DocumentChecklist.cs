namespace Procedures.Workflows.Facts;

/// <summary>The documents every dossier carries plus the documents of each case.</summary>
public sealed record DocumentChecklist(IReadOnlyList<RequiredDocument> Common, IReadOnlyList<DocumentCase> Cases)
{
    public static DocumentChecklist Empty { get; } = new([], []);
}
