using System.Globalization;
using NodaTime;
using Procedures.Runtime.Agencies;
using Procedures.Runtime.Messages;
using Procedures.Runtime.State;
using Procedures.Workflows;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Facts;

namespace Procedures.Runtime.Numbering;

/// <summary>
/// Dossier numbers per Circular 01/2018/TT-VPCP Art. 19: the agency code, the receipt date as YYMMDD and the daily
/// sequence in four digits, e.g. <c>000.00.12.H26-250714-0001</c>. The date is the day the complete dossier is received:
/// a procedure with a receipt step numbers the dossier when the one-stop office receives it (a dossier refused at the
/// receipt gets no number), one without numbers it at submission. The sequence is shared, durable state, so the host
/// takes a number with <see cref="TryTake"/> (in the transaction of the transition) and hands it to the run: to
/// <see cref="DossierRuntime.Start"/> in the <see cref="StartRequest"/>, or to <see cref="DossierRuntime.Resume"/>
/// while the dossier is <see cref="Awaited"/>; the run itself stays pure.
/// </summary>
public static class DossierNumber
{
    public static string Format(string agencyCode, LocalDate date, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{agencyCode}-{date.Year % 100:D2}{date.Month:D2}{date.Day:D2}-{sequence:D4}");

    /// <summary>Whether the procedure numbers its dossiers at the receipt (it has a receipt step) rather than at submission.</summary>
    public static bool GivenAtReceipt(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Root.Activities.Any(a => a.Kind == ActivityKind.Receipt);
    }

    /// <summary>Whether the dossier still waits for its number: not yet received, and not finished (refused at the receipt).</summary>
    public static bool Awaited(WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.DossierNumber is null && !instance.IsFinished;
    }

    /// <summary>
    /// Takes the next number of the agency whose one-stop office receives the dossier (<see cref="DossierAgency.NumberingCode"/>:
    /// the procedure's receiving agency, else <paramref name="executing"/>, by default the procedure's executing agency) for a
    /// dossier received at <paramref name="receivedAt"/> (Vietnam time). Refused (PRC5006) when there is no agency code to
    /// number with.
    /// </summary>
    public static Refusal? TryTake(WorkflowDefinition definition, LocalDateTime receivedAt, IDossierNumberSequence sequence, out string number,
        Agency? executing = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(sequence);
        number = "";
        var agency = DossierAgency.NumberingCode(definition.Facts, executing ?? definition.Facts.ExecutingAgency);
        if (string.IsNullOrWhiteSpace(agency)) return RefusalCatalogue.NoAgencyCode.With(definition.Facts.Code);
        number = Format(agency, receivedAt.Date, sequence.Next(agency, receivedAt.Date));
        return null;
    }
}
