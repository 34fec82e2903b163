using NodaTime;

namespace Procedures.Persistence.Rows;

/// <summary>One published version of a procedure; (definition id, content hash) is its identity.</summary>
public sealed class DefinitionVersionRow
{
    public required string DefinitionId { get; set; }
    public int Sequence { get; set; }
    public required string ContentHash { get; set; }
    public required string SourceText { get; set; }
    public required string DefinitionJson { get; set; }
    public string Diagnostics { get; set; } = "";
    public bool IsPublished { get; set; }
    public LocalDate? AbolishedOn { get; set; }
    public Instant CreatedAt { get; set; }
}
