using NodaTime;

namespace Procedures.Persistence.Rows;

/// <summary>The last dossier number an agency gave on a receipt date.</summary>
public sealed class DossierNumberRow
{
    public required string AgencyCode { get; set; }
    public LocalDate Date { get; set; }
    public int Last { get; set; }
}
