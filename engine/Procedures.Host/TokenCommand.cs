using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Procedures.Api.Access;

namespace Procedures.Host;

/// <summary>
/// <c>token --role officer --agency 000.19.30.H00 --unit "Phòng Bảo hiểm thất nghiệp"</c>: prints a bearer token signed
/// with the host's key (the development key unless <c>Auth:SigningKey</c> is set), for local use with curl or the docs page.
/// </summary>
public static class TokenCommand
{
    public const string Name = "token";

    public static int Run(string[] args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var role = new Option<string[]>("--role") { Description = $"one or more of: {string.Join(", ", ApiRoles.All)}", Required = true, AllowMultipleArgumentsPerToken = true };
        var agency = new Option<string?>("--agency") { Description = "the agency's code (e.g. 000.19.30.H00), for officer and agency" };
        var unit = new Option<string?>("--unit") { Description = "the officer's unit (e.g. \"Bộ phận Một cửa\")" };
        var portal = new Option<string?>("--portal") { Description = "the portal's client id, for portal" };
        var subject = new Option<string?>("--sub") { Description = "who holds the token (default: the portal, unit or role)" };
        var hours = new Option<int>("--hours") { Description = "how long the token is valid", DefaultValueFactory = _ => 8 };
        var command = new RootCommand("Prints a bearer token for the procedures API") { role, agency, unit, portal, subject, hours };
        var parsed = command.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) error.WriteLine(e.Message);
            return 2;
        }
        var roles = parsed.GetValue(role) ?? [];
        if (roles.FirstOrDefault(r => !ApiRoles.All.Contains(r)) is { } unknown)
        {
            error.WriteLine($"unknown role \"{unknown}\"; roles: {string.Join(", ", ApiRoles.All)}");
            return 2;
        }
        if (roles.Any(r => r is ApiRoles.Officer or ApiRoles.Agency) && parsed.GetValue(agency) is null)
        {
            error.WriteLine("--agency is required for the officer and agency roles");
            return 2;
        }
        if (roles.Contains(ApiRoles.Officer) && parsed.GetValue(unit) is null)
        {
            error.WriteLine("--unit is required for the officer role");
            return 2;
        }
        if (roles.Contains(ApiRoles.Portal) && parsed.GetValue(portal) is null)
        {
            error.WriteLine("--portal is required for the portal role");
            return 2;
        }
        var auth = HostSettings.From(configuration).Auth;
        if (auth.Authority is not null)
        {
            error.WriteLine("Auth:Authority is set: tokens come from that identity provider, not from this command");
            return 2;
        }
        var who = parsed.GetValue(subject) ?? parsed.GetValue(portal) ?? parsed.GetValue(unit) ?? roles[0];
        var request = new TokenRequest(roles, parsed.GetValue(agency), parsed.GetValue(unit), parsed.GetValue(portal), who,
            TimeSpan.FromHours(Math.Clamp(parsed.GetValue(hours), 1, 24 * 30)));
        output.WriteLine(Tokens.Mint(auth, request, DateTimeOffset.UtcNow));
        return 0;
    }
}
