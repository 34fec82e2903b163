using NodaTime;

namespace Procedures.Runtime.Numbering;

/// <summary>The daily receipt counter of an agency: 1, 2, 3 … for each receipt date.</summary>
public interface IDossierNumberSequence
{
    int Next(string agencyCode, LocalDate date);
}
