using System.Net;

namespace Procedures.Host.Tests;

public sealed class SmokeTests : IDisposable
{
    readonly HostFolder folder = new();

    [Fact]
    public async Task The_host_serves_the_fixture_catalogue_and_a_portal_submits()
    {
        await using var host = new TestHost(folder);
        var catalogue = await host.CreateClient().GetStringAsync("/api/v1/procedures");
        Assert.Contains(Agencies.Unemployment, catalogue);
        var submitted = await Http.PostAsync(host.As(Who.PortalOf("cong-tinh")), $"/api/v1/procedures/{Agencies.Unemployment}/dossiers", "{}");
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var (_, revision, body) = await Http.DossierAsync(submitted);
        Assert.Equal(1, revision);
        // Not numbered until the one-stop office receives it (Circular 01/2018 Art. 19).
        Assert.Null((string?)body["number"]);
        Assert.Equal(Agencies.Unemployment, (string?)body["procedureCode"]);
    }

    public void Dispose() => folder.Dispose();
}
