using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.IdentityModel.Tokens;
using Procedures.Api;
using Procedures.Api.OpenApi;
using Procedures.Engine;
using Scalar.AspNetCore;

namespace Procedures.Host;

/// <summary>
/// The standalone host: the engine on SQLite (or PostgreSQL) with the repository's procedures watched, the API under
/// /api/v1, bearer tokens, the OpenAPI document at /openapi/v1.json and its interactive page at /docs.
/// </summary>
public static class ProcedureHost
{
    public const string DocsPath = "/docs";
    public const string OpenApiPath = "/openapi/{documentName}.json";

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json travels with the program; relative paths in it (procedures, the database) are the working directory's.
            ContentRootPath = AppContext.BaseDirectory,
        });
        configure?.Invoke(builder);
        var settings = HostSettings.From(builder.Configuration);

        builder.Services.AddProcedureEngine(o =>
        {
            if (settings.Postgres is { } postgres) o.UsePostgres(postgres);
            else o.UseSqlite(settings.Sqlite);
            o.Procedures(settings.Folder);
            o.SyncEveryCommit = settings.SyncEveryCommit;
        });
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o => Bearer(o, settings.Auth));
        builder.Services.AddAuthorization();
        // The document's schemas follow the API's JSON: numbers as numbers, enums by name.
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        builder.Services.AddOpenApi(ProcedureEngineEndpoints.Version, o => o.AddProcedureEngineDocument());

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi(OpenApiPath);
        app.MapScalarApiReference(DocsPath, o => o.WithTitle("Procedures engine API").WithOpenApiRoutePattern(OpenApiPath));
        app.MapGet("/", () => Results.Redirect(DocsPath)).ExcludeFromDescription();
        app.MapProcedureEngine("/api");
        app.Lifetime.ApplicationStarted.Register(() => Announce(app, settings));
        return app;
    }

    static void Bearer(JwtBearerOptions options, AuthSettings auth)
    {
        options.MapInboundClaims = false;
        options.TokenValidationParameters.RoleClaimType = Api.Access.ApiClaims.Role;
        options.TokenValidationParameters.NameClaimType = Api.Access.ApiClaims.Subject;
        options.TokenValidationParameters.ValidAudience = auth.Audience;
        if (auth.Authority is { } authority)
        {
            options.Authority = authority;
            return;
        }
        options.TokenValidationParameters.ValidIssuer = auth.Issuer;
        options.TokenValidationParameters.IssuerSigningKey = SigningKeys.For(auth);
        options.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
    }

    static void Announce(WebApplication app, HostSettings settings)
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Procedures.Host");
        foreach (var address in addresses)
            log.LogInformation("Procedures engine at {Address}: API {Address}/api/v1, documentation {Address}{Docs}, OpenAPI {Address}/openapi/v1.json",
                address, address, address, DocsPath, address);
        log.LogInformation("Procedures from {Folder}; database {Database}", Path.GetFullPath(settings.Folder),
            settings.Postgres is null ? settings.Sqlite : "PostgreSQL");
        if (settings.Auth.UsesDevelopmentKey)
            log.LogWarning("Tokens are checked against the development key in {KeyFile}; make one with: dotnet run --project engine/Procedures.Host -- token --role officer --agency <code> --unit <unit>. Set Auth:Authority (or Auth:SigningKey and Auth:Issuer) in a real deployment.",
                Path.GetFullPath(settings.Auth.DevelopmentKeyFile));
    }
}
