using Microsoft.Extensions.Configuration;

namespace Procedures.Host;

/// <summary>
/// What the host reads from appsettings.json and the environment (<c>Procedures__Postgres</c>, <c>Auth__Authority</c>,
/// <c>Urls</c> …): the procedures folder, the database (SQLite unless a PostgreSQL connection string is given), and who
/// signs the tokens it accepts.
/// </summary>
public sealed record HostSettings(string Folder, string Sqlite, string? Postgres, bool SyncEveryCommit, AuthSettings Auth)
{
    public static HostSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var procedures = configuration.GetSection("Procedures");
        var auth = configuration.GetSection("Auth");
        return new HostSettings(
            Value(procedures["Folder"]) ?? "procedures",
            Value(procedures["Sqlite"]) ?? Persistence.EngineDatabase.DefaultConnectionString,
            Value(procedures["Postgres"]),
            !bool.TryParse(procedures["SyncEveryCommit"], out var sync) || sync,
            new AuthSettings(
                Value(auth["Authority"]),
                Value(auth["Issuer"]) ?? AuthSettings.DevelopmentIssuer,
                Value(auth["Audience"]) ?? AuthSettings.DefaultAudience,
                Value(auth["SigningKey"]),
                Value(auth["DevelopmentKeyFile"]) ?? AuthSettings.DefaultKeyFile));
    }

    static string? Value(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>
/// Real deployments name their identity provider (<see cref="Authority"/>, OpenID Connect discovery) or a signing key
/// and issuer of their own; with neither, tokens are checked against a development key kept in a file under the
/// working directory, the key the <c>token</c> command signs with.
/// </summary>
public sealed record AuthSettings(string? Authority, string Issuer, string Audience, string? SigningKey, string DevelopmentKeyFile)
{
    public const string DevelopmentIssuer = "procedures-dev";
    public const string DefaultAudience = "procedures-api";
    public const string DefaultKeyFile = "procedures-dev.key";

    public bool UsesDevelopmentKey => Authority is null && SigningKey is null;
}
