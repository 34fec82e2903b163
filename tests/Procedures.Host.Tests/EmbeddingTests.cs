using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Procedures.Api;
using Procedures.Api.Access;
using Procedures.Engine;

namespace Procedures.Host.Tests;

/// <summary>A portal's own ASP.NET Core application, with its own sign-in, adds the engine with the README's two lines.</summary>
public sealed class EmbeddingTests : IDisposable
{
    readonly HostFolder folder = new();

    [Fact]
    public async Task A_portal_adds_the_engine_to_its_own_app_in_two_lines()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        // The portal's own sign-in: here a header naming the portal, standing for its cookies or OpenID Connect.
        builder.Services.AddAuthentication("portal-session").AddScheme<AuthenticationSchemeOptions, PortalSession>("portal-session", null);

        builder.Services.AddProcedureEngine(o => o.UseSqlite(folder.ConnectionString).Procedures(folder.Procedures));
        await using var app = builder.Build();
        app.MapProcedureEngine("/dich-vu-cong");

        await app.StartAsync();
        var client = app.GetTestClient();
        var catalogue = await client.GetStringAsync("/dich-vu-cong/v1/procedures?q=that nghiep");
        Assert.Contains(Agencies.Unemployment, catalogue);
        await Http.ProblemAsync(await Http.PostAsync(client, $"/dich-vu-cong/v1/procedures/{Agencies.Unemployment}/dossiers", "{}"),
            HttpStatusCode.Unauthorized, "unauthenticated");
        client.DefaultRequestHeaders.Add("X-Portal", "cong-tinh");
        var submitted = await Http.PostAsync(client, $"/dich-vu-cong/v1/procedures/{Agencies.Unemployment}/dossiers", "{}");
        var (id, _, _) = await Http.DossierAsync(submitted);
        Assert.Equal($"/dich-vu-cong/v1/dossiers/{id}", submitted.Headers.Location?.OriginalString);
        await Http.ProblemAsync(await client.GetAsync("/dich-vu-cong/v1/unknown"), HttpStatusCode.NotFound, "not-found");
        await app.StopAsync();
    }

    sealed class PortalSession(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (Request.Headers["X-Portal"] is not [{ } portal]) return Task.FromResult(AuthenticateResult.NoResult());
            var identity = new ClaimsIdentity([new Claim(ApiClaims.Role, ApiRoles.Portal), new Claim(ApiClaims.Portal, portal)], Scheme.Name);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
        }
    }

    public void Dispose() => folder.Dispose();
}
