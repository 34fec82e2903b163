using System.Text.Json.Serialization;

namespace Procedures.Workflows.Facts;

/// <summary>The documents every dossier carries plus the documents of each case.</summary>
public sealed record DocumentChecklist(IReadOnlyList<RequiredDocument> Common, IReadOnlyList<DocumentCase> Cases)
{
    public static DocumentChecklist Empty { get; } = new([], []);

    /// <summary>Every document line, of every case, each "one of" line followed by its alternatives.</summary>
    [JsonIgnore]
    public IEnumerable<RequiredDocument> All =>
        Common.Concat(Cases.SelectMany(c => c.Documents)).SelectMany(d => d.Alternatives.Prepend(d));
}
