using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Procedures.Api.Access;
using Procedures.Engine;
using Procedures.Host;
using Procedures.Runtime.Simulation;

namespace Procedures.Host.Tests;

/// <summary>
/// The real host (its Program) on a temporary copy of the fixture procedures, on SQLite in that folder or on a PostgreSQL
/// database, with a clock the test moves and tokens signed with a test key. Several hosts may be started one after the
/// other on one <see cref="HostFolder"/> (a restart).
/// </summary>
public sealed class TestHost : WebApplicationFactory<Program>
{
    public static readonly string SigningKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public TestHost(HostFolder folder, string? postgres = null)
    {
        Folder = folder;
        Postgres = postgres;
    }

    public HostFolder Folder { get; }

    public string? Postgres { get; }

    public ManualClock Clock => Folder.Clock;

    public static AuthSettings Auth { get; } = new(null, "procedures-test", AuthSettings.DefaultAudience, SigningKey, "unused.key");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Procedures:Folder", Folder.Procedures);
        builder.UseSetting("Procedures:Sqlite", Folder.ConnectionString);
        builder.UseSetting("Procedures:Postgres", Postgres ?? "");
        builder.UseSetting("Auth:Issuer", Auth.Issuer);
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.ConfigureServices(services =>
        {
            // The engine reads its options once when it starts: the test's clock and quick timers and reloads.
            var options = (EngineOptions)services.Single(d => d.ServiceType == typeof(EngineOptions)).ImplementationInstance!;
            options.Clock = Clock;
            options.TimerPollInterval = TimeSpan.FromMilliseconds(200);
            options.Watcher = new Library.WatcherOptions { QuietWindow = TimeSpan.FromMilliseconds(50), RescanInterval = TimeSpan.FromMilliseconds(500) };
        });
    }

    /// <summary>A client whose requests carry a token with these claims.</summary>
    public HttpClient As(Who who)
    {
        var client = CreateClient();
        if (who.Roles.Count > 0)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(who));
        return client;
    }

    public static string Token(Who who) =>
        Tokens.Mint(Auth, new TokenRequest(who.Roles, who.Agency, who.Unit, who.Portal, who.Portal ?? who.Unit ?? "test", TimeSpan.FromHours(1)),
            DateTimeOffset.UtcNow);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}

/// <summary>A caller: roles and the claims that go with them.</summary>
public sealed record Who(IReadOnlyList<string> Roles, string? Agency = null, string? Unit = null, string? Portal = null)
{
    public static Who Nobody { get; } = new([]);
    public static Who PortalOf(string portal) => new([ApiRoles.Portal], Portal: portal);
    public static Who OfficerAt(string agency, string unit) => new([ApiRoles.Officer], agency, unit);
    public static Who AgencyOf(string agency) => new([ApiRoles.Agency], agency);
    public static Who LegalStaff { get; } = new([ApiRoles.LegalStaff]);
}

/// <summary>A temporary folder with a copy of the fixture procedures and calendar, and the SQLite file beside them.</summary>
public sealed class HostFolder : IDisposable
{
    public HostFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "procedures-host-" + Guid.NewGuid().ToString("N"));
        Fixtures.CopyTo(Procedures);
    }

    public string Root { get; }

    public string Procedures => Path.Combine(Root, "procedures");

    public string ConnectionString => $"Data Source={Path.Combine(Root, "host.db")}";

    /// <summary>Monday 2 March 2026, 09:00 in Vietnam.</summary>
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));

    public void Later(TimeSpan by) => Clock.Set(Clock.GetUtcNow() + by);

    public void Replace(string relative, string oldText, string newText)
    {
        var path = Path.Combine(Procedures, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
