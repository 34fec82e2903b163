using System.Net;
using Microsoft.Extensions.Configuration;

namespace Procedures.Host.Tests;

public sealed class TokenCommandTests : IDisposable
{
    readonly HostFolder folder = new();

    static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public async Task A_minted_token_is_accepted_by_a_host_with_the_same_key_and_carries_its_claims()
    {
        var output = new StringWriter();
        var exit = TokenCommand.Run(["--role", "officer", "--agency", Agencies.EmploymentCentre, "--unit", Agencies.OneStop],
            Configuration(("Auth:SigningKey", TestHost.SigningKey), ("Auth:Issuer", TestHost.Auth.Issuer)), output, TextWriter.Null);

        Assert.Equal(0, exit);
        await using var host = new TestHost(folder);
        var (id, revision, _) = await Http.DossierAsync(await Http.PostAsync(host.As(Who.PortalOf("cong-tinh")),
            $"/api/v1/procedures/{Agencies.Unemployment}/dossiers", "{}"));
        var officer = host.CreateClient();
        officer.DefaultRequestHeaders.Authorization = new("Bearer", output.ToString().Trim());
        var received = await Http.PostAsync(officer, $"/api/v1/dossiers/{id}/receipt", """{"decision":"Received"}""", Http.ETag(revision));
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
    }

    [Fact]
    public void The_development_key_is_made_once_and_used_by_every_token_after()
    {
        var keyFile = Path.Combine(folder.Root, "dev.key");
        var configuration = Configuration(("Auth:DevelopmentKeyFile", keyFile));
        var first = new StringWriter();
        var second = new StringWriter();

        Assert.Equal(0, TokenCommand.Run(["--role", "legal-staff"], configuration, first, TextWriter.Null));
        var key = File.ReadAllText(keyFile);
        Assert.Equal(0, TokenCommand.Run(["--role", "portal", "--portal", "p"], configuration, second, TextWriter.Null));

        Assert.Equal(key, File.ReadAllText(keyFile));
        Assert.Equal(32, Convert.FromBase64String(key).Length);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
    }

    [Theory]
    [InlineData("--role officer --agency 000.19.30.H00", "--unit is required for the officer role")]
    [InlineData("--role agency", "--agency is required for the officer and agency roles")]
    [InlineData("--role portal", "--portal is required for the portal role")]
    [InlineData("--role mayor", "unknown role \"mayor\"; roles: portal, officer, agency, legal-staff")]
    public void A_token_missing_what_its_role_needs_is_not_made(string arguments, string message)
    {
        var error = new StringWriter();
        var output = new StringWriter();
        var exit = TokenCommand.Run(arguments.Split(' '), Configuration(("Auth:SigningKey", TestHost.SigningKey)), output, error);
        Assert.Equal(2, exit);
        Assert.Equal(message, error.ToString().Trim());
        Assert.Empty(output.ToString());
    }

    public void Dispose() => folder.Dispose();
}
