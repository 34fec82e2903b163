using System.Net;
using Procedures.Host.Tests.Client;

namespace Procedures.Host.Tests;

/// <summary>
/// An agency's statistics and register over HTTP through the generated client: three dossiers of the employment centre
/// received in March 2026 (one resolved through every step, one by post still under way, one refused after appraisal),
/// judged while March runs, then at its end once it is over, and April carrying the open one over.
/// </summary>
public abstract class ReportTests(IHostDatabase database) : HostTest(database)
{
    [SkippableFact]
    public async Task An_agency_reads_its_figures_of_a_period_as_the_published_method_counts_them()
    {
        await using var host = await StartAsync();
        var life = new Lifecycle(host);
        var (resolved, postal, refused) = await ThreeDossiersAsync(host, life);
        var centre = life.Client(Who.AgencyOf(Agencies.EmploymentCentre));
        host.Folder.Later(TimeSpan.FromMinutes(30));

        var march = await centre.GetStatisticsAsync("2026-03-01", "2026-03-31", null, null, null, "channel");

        Assert.Equal(("2026-03-01", "2026-03-31", Agencies.EmploymentCentre, "Trung tâm Dịch vụ việc làm"),
            (Day(march.From), Day(march.To), march.AgencyCode, march.AgencyName));
        Assert.Equal(host.Clock.GetUtcNow(), march.AsOf);
        Assert.Equal("3 0 3 | 1: 0 0 1 | 1: 0 1 | 1 | 0 1", Figures(march.Total));
        Assert.Equal(
            [
                "InPerson: 1 0 1 | 0: 0 0 0 | 1: 0 1 | 0 | 0 1",
                "OnlinePartial: 1 0 1 | 0: 0 0 0 | 0: 0 0 | 1 | 0 1",
                "Postal: 1 0 1 | 1: 0 0 1 | 0: 0 0 | 0 | 0 1",
            ],
            march.Groups.Select(g => $"{g.Channel}: {Figures(g.Figures)}"));
        Assert.Equal(["channel"], march.GroupBy);
        Assert.Equal(("received", "Đã tiếp nhận"), (march.Labels.First().Field, march.Labels.First().Text));

        var byPost = await centre.GetStatisticsAsync("2026-03-01", "2026-03-31", null, Agencies.Unemployment, "Postal", "procedure");
        Assert.Equal("1 0 1 | 1: 0 0 1 | 0: 0 0 | 0 | 0 1", Figures(byPost.Total));
        Assert.Equal((Agencies.Unemployment, "Giải quyết hưởng trợ cấp thất nghiệp"), (byPost.Groups.Single().ProcedureCode, byPost.Groups.Single().ProcedureName));

        // Past the appointment of the postal dossier: March is judged at its end, when it was already late, and April
        // carries it over.
        host.Folder.Later(TimeSpan.FromDays(38));
        var marchOver = await centre.GetStatisticsAsync("2026-03-01", "2026-03-31", null, null, null, null);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.FromHours(7)), marchOver.AsOf);
        Assert.Equal("3 0 3 | 1: 1 0 0 | 1: 0 1 | 1 | 0.3333 0.6667", Figures(marchOver.Total));
        Assert.Empty(marchOver.Groups);
        var april = await centre.GetStatisticsAsync("2026-04-01", "2026-04-30", Agencies.EmploymentCentre, null, null, null);
        Assert.Equal("0 1 1 | 1: 1 0 0 | 0: 0 0 | 0 | 1 0", Figures(april.Total));

        // The register of March lists the three received, in the order received, as form 06.
        using var register = await life.Client(Who.OfficerAt(Agencies.EmploymentCentre, Agencies.OneStop)).GetRegisterAsync("2026-03-01", "2026-03-31", null);
        Assert.Equal("text/html; charset=utf-8", string.Join(",", register.Headers["Content-Type"]));
        var html = await new StreamReader(register.Stream).ReadToEndAsync();
        Assert.Contains("SỔ THEO DÕI HỒ SƠ", html);
        Assert.Contains("Từ ngày 01/03/2026 đến ngày 31/03/2026", html);
        var order = new[] { resolved, postal, refused }.Select(n => html.IndexOf(n, StringComparison.Ordinal)).ToList();
        Assert.True(order.All(i => i > 0) && order.SequenceEqual(order.Order()), string.Join(", ", order));
        Assert.Contains("Tổng số: 3 hồ sơ.", html);
    }

    [SkippableFact]
    public async Task Figures_are_labelled_in_English_when_asked_and_nobody_but_the_agency_reads_them()
    {
        await using var host = await StartAsync();
        var english = host.As(Who.OfficerAt(Agencies.EmploymentCentre, Agencies.UnemploymentInsurance));
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var figures = await new ProceduresClient(english).GetStatisticsAsync("2026-03-01", "2026-03-31", null, null, null, null);

        Assert.Equal("0 0 0 | 0: 0 0 0 | 0: 0 0 | 0 | 0 0", Figures(figures.Total));
        Assert.Equal(
            ["Received", "Carried over", "To handle", "In progress", "In progress: late", "In progress: due soon", "In progress: not yet due",
             "Resolved", "Resolved: late", "Resolved: on time or early", "Returned (refused or returned for amendment)", "Late rate", "On-time rate"],
            figures.Labels.Select(l => l.Text));
        foreach (var who in new[] { Who.PortalOf(Lifecycle.Portal), Who.LegalStaff })
        {
            var refused = await Assert.ThrowsAsync<ApiException<ApiProblem>>(() =>
                new ProceduresClient(host.As(who)).GetStatisticsAsync("2026-03-01", "2026-03-31", null, null, null, null));
            Assert.Equal((403, "urn:procedures:problem:forbidden"), (refused.StatusCode, refused.Result.Type));
            Assert.Equal("số liệu thống kê và sổ theo dõi hồ sơ là của từng cơ quan: chỉ cơ quan và cán bộ của cơ quan được xem", refused.Result.Detail);
        }
        var nobody = await Assert.ThrowsAsync<ApiException<ApiProblem>>(() =>
            new ProceduresClient(host.As(Who.Nobody)).GetRegisterAsync("2026-03-01", "2026-03-31", null));
        Assert.Equal(401, nobody.StatusCode);
    }

    static string Day(DateTimeOffset date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>received carried toHandle | in progress: late dueSoon notYetDue | resolved: late onTime | returned | late rate, on-time rate.</summary>
    static string Figures(FiguresView f) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{f.Received} {f.CarriedOver} {f.ToHandle} | {f.InProgress.Total}: {f.InProgress.Late} {f.InProgress.DueSoon} {f.InProgress.NotYetDue} | {f.Resolved.Total}: {f.Resolved.Late} {f.Resolved.OnTimeOrEarly} | {f.Returned} | {f.LateRate} {f.OnTimeRate}");

    /// <summary>The three dossiers' numbers, in the order the one-stop office received them.</summary>
    static async Task<(string Resolved, string Postal, string Refused)> ThreeDossiersAsync(TestHost host, Lifecycle life)
    {
        var first = await life.FinishAsync(await life.ToSigningAsync(await life.SubmitAsync()));
        Assert.Equal("Returned", first.Status);

        var handedOver = host.Clock.GetUtcNow().AddDays(-2);
        var postal = await life.Applicant.SubmitDossierAsync(Agencies.Unemployment, null,
            new SubmitRequest { Channel = Channel.Postal, SubmittedAt = handedOver, Documents = ["request"] });
        postal = await life.ReceiveAsync(postal);

        var online = await life.Applicant.SubmitDossierAsync(Agencies.Unemployment, null, new SubmitRequest { Channel = Channel.OnlinePartial });
        online = await life.StepAsync(life.Appraiser, await life.ReceiveAsync(online), "tham-dinh", "not-eligible");
        Assert.Equal("Refused", online.Status);
        return (first.Number, postal.Number, online.Number);
    }
}

public sealed class ReportsOnSqlite() : ReportTests(new SqliteDatabase());

[Collection(PostgresCollection.Name)]
public sealed class ReportsOnPostgres(PostgresServer server) : ReportTests(new PostgresDatabase(server));
