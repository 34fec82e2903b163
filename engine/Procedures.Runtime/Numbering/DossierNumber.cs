using System.Globalization;
using NodaTime;

namespace Procedures.Runtime.Numbering;

/// <summary>
/// Dossier numbers per Circular 01/2018/TT-VPCP Art. 19: the agency code, the receipt date as YYMMDD and the
/// daily sequence in four digits, e.g. <c>000.00.12.H26-250714-0001</c>.
/// </summary>
public static class DossierNumber
{
    public static string Format(string agencyCode, LocalDate date, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{agencyCode}-{date.Year % 100:D2}{date.Month:D2}{date.Day:D2}-{sequence:D4}");
}
