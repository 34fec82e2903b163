using System.Net;
using System.Text.Json.Nodes;

namespace Procedures.Host.Tests;

/// <summary>
/// Agency A (Trung tâm Dịch vụ việc làm, executing 1.001978) and agency B (Ủy ban nhân dân cấp xã, executing 1.001776):
/// every endpoint, called by every kind of caller of B on a dossier of A, neither shows nor changes it.
/// </summary>
public abstract class AccessMatrixTests(IHostDatabase database) : HostTest(database)
{
    static readonly Who PortalB = Who.PortalOf("cong-xa");
    static readonly Who OneStopB = Who.OfficerAt(Agencies.Commune, Agencies.OneStop);
    static readonly Who CouncilB = Who.OfficerAt(Agencies.Commune, "Hội đồng xét duyệt cấp xã");
    static readonly Who AgencyB = Who.AgencyOf(Agencies.Commune);
    // B's officer claiming A's unit by name: the unit name alone gives nothing.
    static readonly Who AppraiserNamedInB = Who.OfficerAt(Agencies.Commune, Agencies.UnemploymentInsurance);

    public static TheoryData<string> CallersOfB => ["PortalB", "OneStopB", "CouncilB", "AgencyB", "AppraiserNamedInB"];

    static Who Caller(string name) => name switch
    {
        "PortalB" => PortalB,
        "OneStopB" => OneStopB,
        "CouncilB" => CouncilB,
        "AgencyB" => AgencyB,
        _ => AppraiserNamedInB,
    };

    /// <summary>Every dossier endpoint of the API, with a body that would be accepted from the right caller.</summary>
    static (string Path, string? Body)[] Actions(string dossier) =>
    [
        ($"/api/v1/dossiers/{dossier}/receipt", """{"decision":"Received"}"""),
        ($"/api/v1/dossiers/{dossier}/steps/tham-dinh/outcome", """{"outcome":"sufficient"}"""),
        ($"/api/v1/dossiers/{dossier}/steps/xac-nhan/reply", """{"note":"x"}"""),
        ($"/api/v1/dossiers/{dossier}/completion", """{"note":"x"}"""),
        ($"/api/v1/dossiers/{dossier}/apology", """{"newDueAt":"2026-12-31T09:00:00+07:00","reason":"x"}"""),
        ($"/api/v1/dossiers/{dossier}/steps/niem-yet/complaint", """{"note":"x"}"""),
    ];

    [SkippableTheory]
    [MemberData(nameof(CallersOfB))]
    public async Task A_caller_of_agency_B_can_neither_read_nor_act_on_a_dossier_of_agency_A(string callerName)
    {
        await using var host = await StartAsync();
        var (dossier, number, revision) = await DossierOfAAtAppraisalAsync(host);
        var b = host.As(Caller(callerName));

        await Http.ProblemAsync(await b.GetAsync($"/api/v1/dossiers/{dossier}"), HttpStatusCode.NotFound, "dossier-not-found");
        await Http.ProblemAsync(await b.GetAsync($"/api/v1/dossiers/{number}"), HttpStatusCode.NotFound, "dossier-not-found");
        foreach (var form in new[] { "01", "05" })
            await Http.ProblemAsync(await b.GetAsync($"/api/v1/dossiers/{dossier}/forms/{form}"), HttpStatusCode.NotFound, "dossier-not-found");
        // An agency never acts (its role reads only); anyone else is told there is no such dossier.
        var readOnly = Caller(callerName) == AgencyB;
        foreach (var (path, body) in Actions(dossier).Concat(Actions(number)))
        {
            var problem = await Http.ProblemAsync(await Http.PostAsync(b, path, body, Http.ETag(revision)),
                readOnly ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound, readOnly ? "forbidden" : "dossier-not-found");
            Assert.Null(problem["dossier"]);
        }
        // Statistics and the register are by agency: A's are refused to every caller of B, by code or by name.
        foreach (var agencyA in new[] { Agencies.EmploymentCentre, "Trung tâm Dịch vụ việc làm" })
        {
            var named = $"{March}&agency={Uri.EscapeDataString(agencyA)}";
            await Http.ProblemAsync(await b.GetAsync($"/api/v1/statistics?{named}&groupBy=procedure"), HttpStatusCode.Forbidden, "forbidden");
            await Http.ProblemAsync(await b.GetAsync($"/api/v1/register?{named}"), HttpStatusCode.Forbidden, "forbidden");
        }
        if (Caller(callerName).Roles.Contains("portal"))
        {
            await Http.ProblemAsync(await b.GetAsync("/api/v1/inbox"), HttpStatusCode.Forbidden, "forbidden");
            await Http.ProblemAsync(await b.GetAsync("/api/v1/warnings"), HttpStatusCode.Forbidden, "forbidden");
            await Http.ProblemAsync(await b.GetAsync($"/api/v1/statistics?{March}"), HttpStatusCode.Forbidden, "forbidden");
            await Http.ProblemAsync(await b.GetAsync($"/api/v1/register?{March}"), HttpStatusCode.Forbidden, "forbidden");
        }
        else
        {
            Assert.DoesNotContain(dossier, await b.GetStringAsync("/api/v1/inbox"));
            Assert.DoesNotContain(dossier, await b.GetStringAsync("/api/v1/warnings"));
            // B's own figures and register hold nothing of A's dossier (B's own dossier was never received).
            var figures = await Http.JsonAsync(await b.GetAsync($"/api/v1/statistics?{March}&groupBy=agency,procedure"));
            Assert.Equal((Agencies.Commune, 0), ((string?)figures["agencyCode"], (int)figures["total"]!["received"]!));
            Assert.DoesNotContain(Agencies.EmploymentCentre, figures.ToJsonString());
            var register = await b.GetStringAsync($"/api/v1/register?{March}");
            Assert.Contains("Tổng số: 0 hồ sơ.", register);
            Assert.DoesNotContain(number, register);
            await Http.ProblemAsync(await Http.PostAsync(b, $"/api/v1/procedures/{Agencies.Unemployment}/dossiers", "{}"), HttpStatusCode.Forbidden, "forbidden");
            await Http.ProblemAsync(await b.GetAsync($"/api/v1/procedures/{Agencies.Unemployment}/diagnostics"), HttpStatusCode.Forbidden, "forbidden");
        }
        if (Caller(callerName) == AgencyB)
            Assert.DoesNotContain(dossier, await b.GetStringAsync($"/api/v1/inbox?unit={Uri.EscapeDataString(Agencies.UnemploymentInsurance)}"));

        // Nothing moved: A still sees the dossier at the revision it had.
        var a = host.As(Who.AgencyOf(Agencies.EmploymentCentre));
        var (_, after, _) = await Http.DossierAsync(await a.GetAsync($"/api/v1/dossiers/{dossier}"));
        Assert.Equal(revision, after);
        Assert.Contains(dossier, await a.GetStringAsync("/api/v1/inbox"));
        Assert.Contains(dossier, await a.GetStringAsync("/api/v1/warnings"));
        Assert.Equal(1, (int)(await Http.JsonAsync(await a.GetAsync($"/api/v1/statistics?{March}")))["total"]!["received"]!);
        Assert.Contains(number, await a.GetStringAsync($"/api/v1/register?{March}"));
    }

    const string March = "from=2026-03-01&to=2026-03-31";

    [SkippableFact]
    public async Task The_submitting_portal_and_agency_A_print_the_dossiers_forms_and_a_form_without_a_reason_is_not_found()
    {
        await using var host = await StartAsync();
        var (dossier, number, _) = await DossierOfAAtAppraisalAsync(host);

        foreach (var who in new[] { Who.PortalOf("cong-tinh"), Who.AgencyOf(Agencies.EmploymentCentre) })
        {
            var receipt = await host.As(who).GetAsync($"/api/v1/dossiers/{dossier}/forms/01");
            Assert.Equal((HttpStatusCode.OK, "text/html"), (receipt.StatusCode, receipt.Content.Headers.ContentType?.MediaType));
            var html = await receipt.Content.ReadAsStringAsync();
            Assert.Contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", html);
            Assert.Contains(number, html);
        }
        var apology = await Http.ProblemAsync(await host.As(Who.PortalOf("cong-tinh")).GetAsync($"/api/v1/dossiers/{dossier}/forms/04"),
            HttpStatusCode.NotFound, "not-found");
        Assert.Equal("PRC5073", (string?)apology["code"]);
        await Http.ProblemAsync(await host.As(Who.PortalOf("cong-tinh")).GetAsync($"/api/v1/dossiers/{dossier}/forms/07"), HttpStatusCode.NotFound, "not-found");
    }

    [SkippableFact]
    public async Task An_officer_of_agency_A_acts_only_on_the_steps_of_their_own_unit()
    {
        await using var host = await StartAsync();
        var (dossier, _, revision) = await DossierOfAAtAppraisalAsync(host);
        var director = host.As(Who.OfficerAt(Agencies.EmploymentCentre, Agencies.CentreDirector));

        var problem = await Http.ProblemAsync(await Http.PostAsync(director, $"/api/v1/dossiers/{dossier}/steps/tham-dinh/outcome",
            """{"outcome":"sufficient"}""", Http.ETag(revision)), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(
            "bước này do Phòng Bảo hiểm thất nghiệp thuộc Trung tâm Dịch vụ việc làm thực hiện, không phải Giám đốc Trung tâm Dịch vụ việc làm thuộc 000.19.30.H00",
            (string?)problem["detail"]);
        Assert.DoesNotContain(dossier, await director.GetStringAsync("/api/v1/inbox"));
        var appraiser = host.As(Who.OfficerAt(Agencies.EmploymentCentre, Agencies.UnemploymentInsurance));
        Assert.Contains(dossier, await appraiser.GetStringAsync("/api/v1/inbox"));
        var (_, moved, _) = await Http.DossierAsync(await Http.PostAsync(appraiser, $"/api/v1/dossiers/{dossier}/steps/tham-dinh/outcome",
            """{"outcome":"sufficient"}""", Http.ETag(revision)));
        Assert.Equal(revision + 1, moved);
    }

    [SkippableFact]
    public async Task A_consulted_agency_reads_the_dossier_once_it_is_asked_and_after_it_replied()
    {
        await using var host = await StartAsync();
        var (dossier, _, revision) = await DossierOfAAtAppraisalAsync(host);
        var insurance = host.As(Who.AgencyOf(Agencies.SocialInsurance));
        var insuranceOfficer = host.As(Who.OfficerAt(Agencies.SocialInsurance, Agencies.SocialInsuranceBenefits));

        await Http.ProblemAsync(await insurance.GetAsync($"/api/v1/dossiers/{dossier}"), HttpStatusCode.NotFound, "dossier-not-found");
        var appraiser = host.As(Who.OfficerAt(Agencies.EmploymentCentre, Agencies.UnemploymentInsurance));
        var (_, asked, _) = await Http.DossierAsync(await Http.PostAsync(appraiser, $"/api/v1/dossiers/{dossier}/steps/tham-dinh/outcome",
            """{"outcome":"sufficient"}""", Http.ETag(revision)));
        Assert.Contains(dossier, await insuranceOfficer.GetStringAsync("/api/v1/inbox"));
        var (_, replied, _) = await Http.DossierAsync(await Http.PostAsync(insuranceOfficer, $"/api/v1/dossiers/{dossier}/steps/xac-nhan/reply",
            """{"note":"đã xác nhận"}""", Http.ETag(asked)));
        var (_, read, body) = await Http.DossierAsync(await insurance.GetAsync($"/api/v1/dossiers/{dossier}"));
        Assert.Equal(replied, read);
        Assert.Equal("trinh", (string?)body["currentSteps"]![0]!["activityId"]);
    }

    /// <summary>
    /// A dossier of agency A received and waiting at appraisal, with its warnings raised (the clock moved past the
    /// appraisal's warning time), and a dossier of agency B beside it.
    /// </summary>
    async Task<(string Id, string Number, int Revision)> DossierOfAAtAppraisalAsync(TestHost host)
    {
        var portalA = host.As(Who.PortalOf("cong-tinh"));
        var (id, revision, body) = await Http.DossierAsync(await Http.PostAsync(portalA, $"/api/v1/procedures/{Agencies.Unemployment}/dossiers", "{}"));
        var oneStopA = host.As(Who.OfficerAt(Agencies.EmploymentCentre, Agencies.OneStop));
        // The receipt numbers the dossier (Circular 01/2018 Art. 19).
        (_, revision, body) = await Http.DossierAsync(await Http.PostAsync(oneStopA, $"/api/v1/dossiers/{id}/receipt", """{"decision":"Received"}""", Http.ETag(revision)));
        await Http.DossierAsync(await Http.PostAsync(host.As(PortalB), $"/api/v1/procedures/{Agencies.SocialAllowance}/dossiers",
            """{"data":{"Request":"thực hiện","Age":70,"HasDisabilityCertificate":false}}"""));

        host.Folder.Later(TimeSpan.FromDays(20));
        var agencyA = host.As(Who.AgencyOf(Agencies.EmploymentCentre));
        for (var i = 0; i < 100 && !(await agencyA.GetStringAsync("/api/v1/warnings")).Contains(id, StringComparison.Ordinal); i++)
            await Task.Delay(100);
        Assert.Contains(id, await agencyA.GetStringAsync("/api/v1/warnings"));
        return (id, (string)body["number"]!, revision);
    }
}

public sealed class AccessMatrixOnSqlite() : AccessMatrixTests(new SqliteDatabase());

[Collection(PostgresCollection.Name)]
public sealed class AccessMatrixOnPostgres(PostgresServer server) : AccessMatrixTests(new PostgresDatabase(server));
