using System.Globalization;
using NodaTime;
using Procedures.Runtime.Agencies;
using Procedures.Runtime.Messages;
using Procedures.Workflows;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime.Numbering;

/// <summary>
/// Dossier numbers per Circular 01/2018/TT-VPCP Art. 19: the agency code, the receipt date as YYMMDD and the
/// daily sequence in four digits, e.g. <c>000.00.12.H26-250714-0001</c>. The sequence is shared, durable state, so the
/// host takes a number with <see cref="TryTake"/> (in its own transaction) and hands it to
/// <see cref="DossierRuntime.Start"/> in the <see cref="StartRequest"/>; the run itself stays pure.
/// </summary>
public static class DossierNumber
{
    public static string Format(string agencyCode, LocalDate date, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{agencyCode}-{date.Year % 100:D2}{date.Month:D2}{date.Day:D2}-{sequence:D4}");

    /// <summary>
    /// Takes the next number of the receiving agency (<see cref="DossierAgency.NumberingCode"/>: the procedure's receiving
    /// agency, else <paramref name="executing"/>, by default the procedure's executing agency) for a dossier submitted at
    /// <paramref name="submittedAt"/> (Vietnam time). Refused (PRC5006) when there is no agency code to number with.
    /// </summary>
    public static Refusal? TryTake(WorkflowDefinition definition, LocalDateTime submittedAt, IDossierNumberSequence sequence, out string number,
        Agency? executing = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(sequence);
        number = "";
        var agency = DossierAgency.NumberingCode(definition.Facts, executing ?? definition.Facts.ExecutingAgency);
        if (string.IsNullOrWhiteSpace(agency)) return RefusalCatalogue.NoAgencyCode.With(definition.Facts.Code);
        number = Format(agency, submittedAt.Date, sequence.Next(agency, submittedAt.Date));
        return null;
    }
}
