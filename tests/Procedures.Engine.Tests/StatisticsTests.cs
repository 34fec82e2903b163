using NodaTime;
using Procedures.Forms;
using Procedures.Persistence;
using Procedures.Runtime;
using Procedures.Runtime.Messages;
using Procedures.Runtime.State;
using Procedures.Runtime.Stimuli;
using Procedures.Workflows.Activities;
using Procedures.Workflows.Facts;

namespace Procedures.Engine.Tests;

/// <summary>
/// The one-stop statistics over dossiers placed on the fake clock before, in and after a period (1 April – 15 May 2026),
/// each figure exact: received, carried over, in progress late / due soon / not yet due, resolved late / on time,
/// returned, and dossiers that count nowhere (finished before, received after, never received).
/// </summary>
public abstract class StatisticsTests : IDisposable
{
    const string Unemployment = "1.001978";     // Trung tâm Dịch vụ việc làm, 000.19.30.H00, 20 working days
    const string Allowance = "1.001776";        // Ủy ban nhân dân cấp xã, 000.01.00.X00, 22 working days
    const string Centre = "000.19.30.H00";
    static readonly StatisticsQuery Period = new(new LocalDate(2026, 4, 1), new LocalDate(2026, 5, 15));

    protected Workspace Workspace { get; } = new();

    protected abstract Task<EngineOptions> OptionsAsync();

    [SkippableFact]
    public async Task The_period_counts_each_dossier_once_where_it_stands_at_the_periods_end()
    {
        await using var engine = new ProcedureEngine(await OptionsAsync());
        await PlaceDossiersAsync(engine);

        var answer = await engine.StatisticsAsync(Period);

        Assert.True(answer.Succeeded);
        var report = answer.Value!;
        Assert.Equal(new LocalDateTime(2026, 5, 16, 0, 0), report.AsOf);
        Assert.Equal(new DossierFigures(
            Received: 6, CarriedOver: 4, ToHandle: 10,
            new InProgressFigures(Total: 5, Late: 2, DueSoon: 1, NotYetDue: 2),
            new ResolvedFigures(Total: 4, Late: 2, OnTimeOrEarly: 2),
            Returned: 1, LateRate: 0.4m, OnTimeRate: 0.6m), report.Total);
        Assert.Empty(report.Groups);
    }

    [SkippableFact]
    public async Task Figures_break_down_by_procedure_and_channel_and_filter_by_agency_and_an_earlier_period_is_judged_at_its_end()
    {
        await using var engine = new ProcedureEngine(await OptionsAsync());
        await PlaceDossiersAsync(engine);

        var byProcedure = (await engine.StatisticsAsync(Period with { GroupBy = StatisticsGrouping.Procedure })).Value!;
        var byChannel = (await engine.StatisticsAsync(Period with { GroupBy = StatisticsGrouping.Channel })).Value!;
        var commune = (await engine.StatisticsAsync(Period with { AgencyCode = "000.01.00.X00" })).Value!;
        var postal = (await engine.StatisticsAsync(Period with { Channel = ChannelKind.Postal, ProcedureCode = Unemployment })).Value!;
        var march = (await engine.StatisticsAsync(new StatisticsQuery(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)))).Value!;

        Assert.Equal(
        [
            new StatisticsGroup(Allowance, null, null, new DossierFigures(1, 0, 1, new(1, 0, 0, 1), new(0, 0, 0), 0, 0m, 1m)),
            new StatisticsGroup(Unemployment, null, null, new DossierFigures(5, 4, 9, new(4, 2, 1, 1), new(4, 2, 2), 1, 0.4444m, 0.5556m)),
        ], byProcedure.Groups);
        Assert.Equal(
        [
            new StatisticsGroup(null, null, ChannelKind.InPerson, new DossierFigures(5, 3, 8, new(4, 1, 1, 2), new(3, 2, 1), 1, 0.375m, 0.625m)),
            new StatisticsGroup(null, null, ChannelKind.OnlinePartial, new DossierFigures(1, 0, 1, new(1, 1, 0, 0), new(0, 0, 0), 0, 1m, 0m)),
            new StatisticsGroup(null, null, ChannelKind.Postal, new DossierFigures(0, 1, 1, new(0, 0, 0, 0), new(1, 0, 1), 0, 0m, 1m)),
        ], byChannel.Groups);
        Assert.Equal(byProcedure.Total, byChannel.Total);
        Assert.Equal(new DossierFigures(1, 0, 1, new(1, 0, 0, 1), new(0, 0, 0), 0, 0m, 1m), commune.Total);
        Assert.Equal(new DossierFigures(0, 1, 1, new(0, 0, 0, 0), new(1, 0, 1), 0, 0m, 1m), postal.Total);
        // March, judged at 1 April 00:00: five received, one resolved, the rest in progress by their appointments then.
        Assert.Equal(new LocalDateTime(2026, 4, 1, 0, 0), march.AsOf);
        Assert.Equal(new DossierFigures(5, 0, 5, new(4, 1, 1, 2), new(1, 0, 1), 0, 0.2m, 0.8m), march.Total);
    }

    [SkippableFact]
    public async Task The_register_lists_an_agencys_receipts_of_the_period_in_order_and_prints_as_form_06()
    {
        await using var engine = new ProcedureEngine(await OptionsAsync());
        await PlaceDossiersAsync(engine);

        var register = (await engine.RegisterAsync(Centre, new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 30))).Value!;
        var form = await new OneStopForms().RenderRegisterAsync(new RegisterPage(register.AgencyCode, null, register.From, register.To,
            [.. register.Entries.Select(e => new RegisterLine(e.Instance, e.Definition))]));

        Assert.Equal(["260401-0001", "260402-0001", "260410-0001", "260415-0001", "260424-0001"],
            register.Entries.Select(e => e.Instance.DossierNumber![(Centre.Length + 1)..]));
        Assert.All(register.Entries, e => Assert.Equal((e.Instance.DefinitionId, e.Instance.DefinitionVersion), (e.Definition.DefinitionId, e.Definition.Version.Sequence)));
        Assert.True(form.Rendered);
        Assert.Contains("Tổng số: 5 hồ sơ.", form.Html);
        Assert.Contains("<td>000.19.30.H00-260415-0001</td>", form.Html);
        Assert.Empty((await engine.RegisterAsync("000.00.00.G09", new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 30))).Value!.Entries);
    }

    [SkippableFact]
    public async Task A_period_that_ends_before_it_starts_is_refused_with_its_dates()
    {
        await using var engine = new ProcedureEngine(await OptionsAsync());

        var statistics = await engine.StatisticsAsync(new StatisticsQuery(new LocalDate(2026, 4, 30), new LocalDate(2026, 4, 1)));
        var register = await engine.RegisterAsync(Centre, new LocalDate(2026, 4, 30), new LocalDate(2026, 4, 1));

        Assert.False(statistics.Succeeded);
        Assert.Equal("the period ends on 2026-04-01, before it starts on 2026-04-30", statistics.Refusal!.Message(MessageLanguage.English));
        Assert.Equal("PRC5074", register.Refusal!.Code);
    }

    [SkippableFact]
    public async Task A_dossier_returned_at_the_moment_of_the_query_is_resolved_and_not_also_in_progress()
    {
        await using var engine = new ProcedureEngine(await OptionsAsync());
        var dossier = await ReceiveAsync(engine, Unemployment, At(4, 1, 9), ChannelKind.InPerson, At(5, 4, 11, 30));
        await FinishAsync(new Driver(engine, Workspace), dossier, At(4, 2, 9));
        var returnedAt = (await engine.ReadAsync(dossier.Instance.DossierId))!.Instance.FinishedAt!.Value;
        Workspace.Clock.Set(Utc(returnedAt));

        var report = (await engine.StatisticsAsync(Period)).Value!;

        Assert.Equal(returnedAt, report.AsOf);
        Assert.Equal(new DossierFigures(
            Received: 1, CarriedOver: 0, ToHandle: 1,
            new InProgressFigures(Total: 0, Late: 0, DueSoon: 0, NotYetDue: 0),
            new ResolvedFigures(Total: 1, Late: 0, OnTimeOrEarly: 1),
            Returned: 0, LateRate: 0m, OnTimeRate: 1m), report.Total);
    }

    /// <summary>
    /// The dossiers, in the order the clock meets them. Appointments (20 working days, 22 for 1.001776) are checked as
    /// placed, so a calendar change that moves one shows here rather than as a wrong figure.
    /// </summary>
    async Task PlaceDossiersAsync(ProcedureEngine engine)
    {
        var driver = new Driver(engine, Workspace);
        var a1 = await ReceiveAsync(engine, Unemployment, At(3, 2, 9), ChannelKind.InPerson);                  // finished before the period
        var a2 = await ReceiveAsync(engine, Unemployment, At(3, 2, 10), ChannelKind.InPerson, At(3, 30, 11, 30)); // carried over, still in progress, late
        await FinishAsync(driver, a1, At(3, 3, 9));
        var a11 = await ReceiveAsync(engine, Unemployment, At(3, 4, 9), ChannelKind.InPerson, At(4, 1, 11, 30));  // carried over, resolved late
        var a3 = await ReceiveAsync(engine, Unemployment, At(3, 16, 9), ChannelKind.Postal, At(4, 13, 11, 30));   // carried over, resolved on time
        var a4 = await ReceiveAsync(engine, Unemployment, At(3, 20, 9), ChannelKind.InPerson, At(4, 17, 11, 30)); // carried over, returned
        await SubmitAsync(engine, Unemployment, At(3, 25, 9));                                                    // never received
        var refusedAtReceipt = await SubmitAsync(engine, Unemployment, At(3, 25, 10));                            // refused at the desk
        await ActAsync(engine, refusedAtReceipt, Ports.Refused, At(3, 25, 10, 5));
        var a5 = await ReceiveAsync(engine, Unemployment, At(4, 1, 9), ChannelKind.InPerson, At(5, 4, 11, 30));   // received, resolved late
        await ReceiveAsync(engine, Unemployment, At(4, 2, 9), ChannelKind.OnlinePartial, At(5, 5, 11, 30));       // received, in progress, late
        var appraisal = (await engine.ReadAsync(a4.Instance.DossierId))!;
        Workspace.Clock.Set(Utc(At(4, 6, 9)));
        var refused = await engine.ActAsync(a4.Instance.DossierId, new OfficerDecision("tham-dinh", "not-eligible", "đã có việc làm"), appraisal.Revision);
        Assert.Equal(DossierStatus.Refused, refused.Dossier!.Instance.Status);
        await FinishAsync(driver, a3, At(4, 8, 9));
        var a7 = await ReceiveAsync(engine, Unemployment, At(4, 10, 9), ChannelKind.InPerson, At(5, 13, 11, 30)); // received, resolved on time
        await FinishAsync(driver, a11, At(4, 10, 10));
        await ReceiveAsync(engine, Unemployment, At(4, 15, 9), ChannelKind.InPerson, At(5, 18, 11, 30));          // received, in progress, due soon
        await FinishAsync(driver, a7, At(4, 15, 10));
        await ReceiveAsync(engine, Unemployment, At(4, 24, 9), ChannelKind.InPerson, At(5, 27, 11, 30));          // received, in progress, not yet due
        await ReceiveAsync(engine, Allowance, At(4, 24, 10), ChannelKind.InPerson, At(5, 29, 11, 30));            // received, in progress, not yet due
        await FinishAsync(driver, a5, At(5, 6, 9));
        await ReceiveAsync(engine, Unemployment, At(5, 20, 9), ChannelKind.InPerson);                            // received after the period
    }

    static LocalDateTime At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute);

    static DateTimeOffset Utc(LocalDateTime vietnam) => VietnamTime.ToInstant(vietnam).ToDateTimeOffset();

    async Task<StoredDossier> SubmitAsync(ProcedureEngine engine, string code, LocalDateTime at, ChannelKind channel = ChannelKind.InPerson)
    {
        Workspace.Clock.Set(Utc(at));
        var submitted = await engine.SubmitAsync(code, new Submission(Channel: channel));
        Assert.True(submitted.Succeeded, submitted.Refusal?.ToString());
        return submitted.Dossier!;
    }

    async Task<StoredDossier> ActAsync(ProcedureEngine engine, StoredDossier dossier, string outcome, LocalDateTime at)
    {
        Workspace.Clock.Set(Utc(at));
        var bookmark = dossier.Instance.Bookmarks.Single();
        var result = await engine.ActAsync(dossier.Instance.DossierId, new BookmarkResumed(bookmark.Id, outcome), dossier.Revision);
        Assert.True(result.Succeeded, result.Refusal?.ToString());
        return result.Dossier!;
    }

    /// <summary>Submitted and received at <paramref name="at"/>; <paramref name="due"/> is the appointment the receipt must give.</summary>
    async Task<StoredDossier> ReceiveAsync(ProcedureEngine engine, string code, LocalDateTime at, ChannelKind channel, LocalDateTime? due = null)
    {
        var submitted = await SubmitAsync(engine, code, at, channel);
        var received = await ActAsync(engine, submitted, Ports.Received, at);
        if (due is { } expected) Assert.Equal(expected, received.Instance.DueAt);
        return received;
    }

    /// <summary>Moves the dossier to its end from <paramref name="from"/> on, an hour a step.</summary>
    async Task FinishAsync(Driver driver, StoredDossier dossier, LocalDateTime from)
    {
        Workspace.Clock.Set(Utc(from));
        var finished = await driver.FinishAsync(dossier);
        Assert.Equal(DossierStatus.Returned, finished.Instance.Status);
    }

    public void Dispose() => Workspace.Dispose();
}

public sealed class StatisticsOnSqlite : StatisticsTests
{
    protected override Task<EngineOptions> OptionsAsync() => Task.FromResult(Workspace.SqliteOptions(o => o.Watch = false));
}

[Collection(PostgresCollection.Name)]
public sealed class StatisticsOnPostgres(PostgresServer server) : StatisticsTests
{
    protected override async Task<EngineOptions> OptionsAsync()
    {
        Skip.IfNot(server.Available, server.Unavailable);
        return Workspace.PostgresOptions(await server.NewDatabaseAsync(), o => o.Watch = false);
    }
}
