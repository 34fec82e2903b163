using System.Net;
using System.Text.Json.Nodes;

namespace Procedures.Host.Tests;

public sealed class HotReloadTests : IDisposable
{
    readonly HostFolder folder = new();

    [Fact]
    public async Task A_file_edited_while_the_host_runs_is_the_version_new_submissions_get()
    {
        await using var host = new TestHost(folder);
        var portal = host.As(Who.PortalOf("cong-tinh"));
        var (before, _, _) = await Http.DossierAsync(await Http.PostAsync(portal, $"/api/v1/procedures/{Agencies.Unemployment}/dossiers", "{}"));

        folder.Replace(Fixtures.Unemployment, "deadline 20 working days", "deadline 25 working days");
        var detail = await UntilAsync(host, d => (int?)d["version"]!["sequence"] == 2);

        Assert.Equal("25 ngày làm việc", (string?)detail["timeLimit"]!["text"]);
        var (_, _, after) = await Http.DossierAsync(await Http.PostAsync(portal, $"/api/v1/procedures/{Agencies.Unemployment}/dossiers", "{}"));
        Assert.Equal(2, (int?)after["procedureVersion"]);
        var (_, _, old) = await Http.DossierAsync(await portal.GetAsync($"/api/v1/dossiers/{before}"));
        Assert.Equal(1, (int?)old["procedureVersion"]);
        var versions = JsonNode.Parse(await host.CreateClient().GetStringAsync($"/api/v1/procedures/{Agencies.Unemployment}/versions"))!.AsArray();
        Assert.Equal([false, true], versions.Select(v => (bool)v!["live"]!));
    }

    [Fact]
    public async Task A_broken_edit_shows_its_diagnostics_to_legal_staff_and_changes_nothing()
    {
        await using var host = new TestHost(folder);
        await UntilAsync(host, d => (int?)d["version"]!["sequence"] == 1);
        folder.Replace(Fixtures.Unemployment, "agency \"Trung tâm Dịch vụ việc làm\"", "agency \"Trung tâm Dịch vụ việc lam\"");
        var detail = await UntilAsync(host, d => (bool?)d["fileHasErrors"] == true);

        Assert.Equal(1, (int?)detail["version"]!["sequence"]);
        Assert.Equal("000.19.30.H00", (string?)detail["executingAgency"]!["code"]);
        var legal = host.As(Who.LegalStaff);
        var diagnostics = JsonNode.Parse(await legal.GetStringAsync($"/api/v1/procedures/{Agencies.Unemployment}/diagnostics"))!;
        Assert.True((bool)diagnostics["hasErrors"]!);
        Assert.Equal(1, (int?)diagnostics["liveVersion"]);
        var error = diagnostics["diagnostics"]!.AsArray().First(d => (string?)d!["severity"] == "error")!;
        Assert.Equal("PRC2003", (string?)error["code"]);
        Assert.Equal("viec-lam/1.001978.proc", (string?)error["path"]);
        Assert.Equal(6, (int?)error["line"]);
        var (_, _, submitted) = await Http.DossierAsync(await Http.PostAsync(host.As(Who.PortalOf("cong-tinh")),
            $"/api/v1/procedures/{Agencies.Unemployment}/dossiers", "{}"));
        Assert.Equal(1, (int?)submitted["procedureVersion"]);
        await Http.ProblemAsync(await host.As(Who.OfficerAt(Agencies.EmploymentCentre, Agencies.OneStop))
            .GetAsync($"/api/v1/procedures/{Agencies.Unemployment}/diagnostics"), HttpStatusCode.Forbidden, "forbidden");
    }

    static async Task<JsonNode> UntilAsync(TestHost host, Func<JsonNode, bool> done)
    {
        var client = host.CreateClient();
        JsonNode detail = new JsonObject();
        for (var i = 0; i < 100; i++)
        {
            detail = JsonNode.Parse(await client.GetStringAsync($"/api/v1/procedures/{Agencies.Unemployment}"))!;
            if (done(detail)) return detail;
            await Task.Delay(100);
        }
        Assert.Fail($"the edit did not show within 10 s: {detail.ToJsonString()[..200]}");
        return detail;
    }

    public void Dispose() => folder.Dispose();
}
