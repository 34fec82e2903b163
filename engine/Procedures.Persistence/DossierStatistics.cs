using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NodaTime;
using Procedures.Runtime.State;
using Procedures.Workflows.Facts;

namespace Procedures.Persistence;

/// <summary>
/// The period figures of the one-stop statistics and the dossier register (Circular 01/2018 form 06), read from the
/// dossiers table: its status, executing agency, channel, received, due, warning and finished columns are kept with
/// every transition, so neither query reads an instance to count.
/// </summary>
public sealed class DossierStatistics(DbContextOptions<EngineDb> options)
{
    private static readonly string Refused = nameof(DossierStatus.Refused);
    private static readonly string ReturnedForAmendment = nameof(DossierStatus.ReturnedForAmendment);
    private readonly PooledDbContextFactory<EngineDb> contexts = new(options);

    /// <summary>
    /// The figures of <paramref name="query"/>'s period, judged at its end or at <paramref name="now"/> while it runs.
    /// One grouped SQL query counts every line; the total is their sum. The appointment and warning compared are the
    /// dossier's current ones (an apology or a completion after the period moves them), as the table keeps no history.
    /// A query with a <see cref="StatisticsQuery.Problem"/> is an argument error: check it first.
    /// </summary>
    public async Task<StatisticsReport> QueryAsync(StatisticsQuery query, LocalDateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Problem is { } problem) throw new ArgumentException(problem.ToString(), nameof(query));
        var start = query.From.AtMidnight();
        var end = query.To.PlusDays(1).AtMidnight();
        var asOf = now < end ? now : end;
        // Finished by the time it is judged: before the period's end, or at the latest now while it runs (a dossier
        // returned this instant is resolved, not also in progress). One microsecond, as PostgreSQL keeps no finer time.
        var finishedBy = now < end ? now.PlusTicks(10) : end;

        await using var db = contexts.CreateDbContext();
        // Received before the end and not finished before the start: every dossier to handle in the period.
        var dossiers = db.Dossiers.AsNoTracking().Where(d => d.ReceivedAt != null && d.ReceivedAt < end && (!d.Finished || d.FinishedAt >= start));
        if (query.ProcedureCode is { } code) dossiers = dossiers.Where(d => d.DefinitionId == code);
        if (query.AgencyCode is { } agency) dossiers = dossiers.Where(d => d.ExecutingAgencyCode == agency);
        if (query.Channel is { } channel)
        {
            var name = channel.ToString();
            dossiers = dossiers.Where(d => d.Channel == name);
        }

        var lines = await dossiers
            .GroupBy(d => new { d.DefinitionId, d.ExecutingAgencyCode, d.Channel })
            .Select(g => new
            {
                g.Key.DefinitionId,
                g.Key.ExecutingAgencyCode,
                g.Key.Channel,
                Counts = new Counts(
                    g.Count(d => d.ReceivedAt >= start),
                    g.Count(d => d.ReceivedAt < start),
                    g.Count(d => (!d.Finished || d.FinishedAt >= finishedBy) && d.DueAt < asOf),
                    g.Count(d => (!d.Finished || d.FinishedAt >= finishedBy) && !(d.DueAt < asOf) && d.WarnAt <= asOf),
                    g.Count(d => (!d.Finished || d.FinishedAt >= finishedBy) && !(d.DueAt < asOf) && !(d.WarnAt <= asOf)),
                    g.Count(d => d.Finished && d.FinishedAt < finishedBy && d.Status != Refused && d.Status != ReturnedForAmendment && d.FinishedAt > d.DueAt),
                    g.Count(d => d.Finished && d.FinishedAt < finishedBy && d.Status != Refused && d.Status != ReturnedForAmendment && !(d.FinishedAt > d.DueAt)),
                    g.Count(d => d.Finished && d.FinishedAt < finishedBy && (d.Status == Refused || d.Status == ReturnedForAmendment))),
            })
            .ToListAsync(cancellationToken);

        var by = query.GroupBy;
        var groups = query.GroupBy == StatisticsGrouping.None ? [] : lines
            .GroupBy(l => (
                Procedure: by.HasFlag(StatisticsGrouping.Procedure) ? l.DefinitionId : null,
                Agency: by.HasFlag(StatisticsGrouping.Agency) ? l.ExecutingAgencyCode : null,
                Channel: by.HasFlag(StatisticsGrouping.Channel) && l.Channel is { } c && Enum.TryParse<ChannelKind>(c, out var kind) ? kind : (ChannelKind?)null))
            .Select(g => new StatisticsGroup(g.Key.Procedure, g.Key.Agency, g.Key.Channel, Counts.Sum(g.Select(l => l.Counts)).ToFigures()))
            .OrderBy(g => g.ProcedureCode, StringComparer.Ordinal).ThenBy(g => g.AgencyCode, StringComparer.Ordinal).ThenBy(g => g.Channel)
            .ToList();
        return new StatisticsReport(query, asOf, Counts.Sum(lines.Select(l => l.Counts)).ToFigures(), groups);
    }

    /// <summary>
    /// The dossiers <paramref name="agencyCode"/> received from <paramref name="from"/> to <paramref name="to"/> (both days
    /// included), in the order received, for the register (sổ theo dõi hồ sơ, Circular 01/2018 form 06). The register is
    /// the receiving office's: a dossier counts for the agency whose code opens its number, which is the receiving agency
    /// when the procedure names one (the statistics count it for the agency that handles it).
    /// </summary>
    public async Task<IReadOnlyList<WorkflowInstance>> RegisterAsync(string agencyCode, LocalDate from, LocalDate to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agencyCode);
        var start = from.AtMidnight();
        var end = to.PlusDays(1).AtMidnight();
        await using var db = contexts.CreateDbContext();
        var rows = await db.Dossiers.AsNoTracking()
            .Where(d => d.DossierNumber != null && d.DossierNumber.StartsWith(agencyCode + "-") && d.ReceivedAt >= start && d.ReceivedAt < end)
            .OrderBy(d => d.ReceivedAt).ThenBy(d => d.DossierNumber)
            .Select(d => new { d.DossierId, d.InstanceJson })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => InstanceJson.Deserialize(r.InstanceJson, out var error)
            ?? throw new InvalidDataException($"dossier {r.DossierId}: the stored instance does not read back: {error}"))];
    }

    /// <summary>The counts SQL makes for one line; the totals and rates follow from them.</summary>
    private sealed record Counts(int Received, int CarriedOver, int InProgressLate, int InProgressDueSoon, int InProgressNotYetDue,
        int ResolvedLate, int ResolvedOnTime, int Returned)
    {
        public static Counts Sum(IEnumerable<Counts> all) => all.Aggregate(new Counts(0, 0, 0, 0, 0, 0, 0, 0), (a, b) => new Counts(
            a.Received + b.Received, a.CarriedOver + b.CarriedOver, a.InProgressLate + b.InProgressLate, a.InProgressDueSoon + b.InProgressDueSoon,
            a.InProgressNotYetDue + b.InProgressNotYetDue, a.ResolvedLate + b.ResolvedLate, a.ResolvedOnTime + b.ResolvedOnTime, a.Returned + b.Returned));

        public DossierFigures ToFigures()
        {
            var toHandle = Received + CarriedOver;
            var late = toHandle == 0 ? 0m : Math.Round((decimal)(InProgressLate + ResolvedLate) / toHandle, 4, MidpointRounding.AwayFromZero);
            return new DossierFigures(Received, CarriedOver, toHandle,
                new InProgressFigures(InProgressLate + InProgressDueSoon + InProgressNotYetDue, InProgressLate, InProgressDueSoon, InProgressNotYetDue),
                new ResolvedFigures(ResolvedLate + ResolvedOnTime, ResolvedLate, ResolvedOnTime),
                Returned, late, toHandle == 0 ? 0m : 1m - late);
        }
    }
}
