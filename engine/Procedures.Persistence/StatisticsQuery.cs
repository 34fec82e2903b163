using System.Globalization;
using NodaTime;
using Procedures.Runtime.Messages;
using Procedures.Workflows.Facts;

namespace Procedures.Persistence;

/// <summary>How the figures are broken down, besides the total; flags combine (by agency and procedure …).</summary>
[Flags]
public enum StatisticsGrouping
{
    None = 0,
    /// <summary>Theo thủ tục: one line per procedure code.</summary>
    Procedure = 1,
    /// <summary>Theo cơ quan: one line per executing agency code.</summary>
    Agency = 2,
    /// <summary>Theo cách thức nộp: one line per channel.</summary>
    Channel = 4,
}

/// <summary>
/// The period (kỳ báo cáo) from <paramref name="From"/> to <paramref name="To"/>, both days included, in Vietnam civil
/// time, and the dossiers counted: all, or those of one procedure, one executing agency or one channel.
/// </summary>
public sealed record StatisticsQuery(
    LocalDate From,
    LocalDate To,
    string? ProcedureCode = null,
    string? AgencyCode = null,
    ChannelKind? Channel = null,
    StatisticsGrouping GroupBy = StatisticsGrouping.None)
{
    /// <summary>Why the query cannot be answered (PRC5074, a period that ends before it starts), or null.</summary>
    public Refusal? Problem => To < From
        ? RefusalCatalogue.PeriodInverted.With(From.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), To.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))
        : null;
}
