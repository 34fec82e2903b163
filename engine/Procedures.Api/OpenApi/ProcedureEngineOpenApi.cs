using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Procedures.Api.Access;
using Procedures.Api.Contracts;
using Procedures.Api.Problems;

namespace Procedures.Api.OpenApi;

/// <summary>
/// The OpenAPI 3.1 document of the API: what each role may do, the bearer scheme, every problem type with an example
/// under each error response, an example for every contract, and the headers (ETag, If-Match, Idempotency-Key).
/// <code>builder.Services.AddOpenApi("v1", o => o.AddProcedureEngineDocument());</code>
/// </summary>
public static class ProcedureEngineOpenApi
{
    public const string BearerScheme = "Bearer";

    public static OpenApiOptions AddProcedureEngineDocument(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Procedures engine API",
                Version = ProcedureEngineEndpoints.Version,
                Description = Description(),
            };
            // Clients name the server themselves; the document is the same wherever it is served.
            document.Servers = [];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT with the claims role, agency, unit and portal (see the description above).",
            };
            // Every problem type, with an example, also those no single operation declares (405 on any path).
            document.Components.Examples ??= new Dictionary<string, IOpenApiExample>();
            foreach (var type in ProblemTypes.All)
                document.Components.Examples.TryAdd(type.Slug, Example(type));
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (!metadata.OfType<IAllowAnonymous>().Any())
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                if (parameter.Name == "If-Match")
                {
                    parameter.Required = true;
                    parameter.Description = "The dossier's ETag as read (e.g. \"2\"). Without it: 428 if-match-required; with a stale one: 412 stale-revision.";
                }
                else if (parameter.Name == Endpoints.ProcedureApi.IdempotencyKeyHeader)
                    parameter.Description = "Makes a retry safe: the same key with the same request returns the first attempt's dossier. 1–200 visible ASCII characters.";
                else if (parameter.Name == "dossier")
                    parameter.Description = "The dossier's id, or its number (AGENCYCODE-YYMMDD-NNNN) once it was received.";
                else if (parameter.Name == "step")
                    parameter.Description = "The step's id as the procedure names it (e.g. tham-dinh).";
            }
            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (response is not OpenApiResponse concrete) continue;
                // A printable form is a document to save or print, not a JSON string: generated clients hand it over as a file.
                if (concrete.Content?.TryGetValue("text/html", out var html) == true)
                    html.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
                if (concrete.Content?.TryGetValue(ApiProblems.ContentType, out var media) == true && int.TryParse(status, out var code))
                {
                    // One example per problem type, kept once under components and referenced from every response.
                    var document = context.Document!;
                    document.Components ??= new OpenApiComponents();
                    document.Components.Examples ??= new Dictionary<string, IOpenApiExample>();
                    media.Examples = new Dictionary<string, IOpenApiExample>();
                    foreach (var type in ProblemTypes.All.Where(p => p.Status == code))
                    {
                        document.Components.Examples.TryAdd(type.Slug, Example(type));
                        media.Examples[type.Slug] = new OpenApiExampleReference(type.Slug, document);
                    }
                    concrete.Description = string.Join("; ", ProblemTypes.All.Where(p => p.Status == code).Select(p => p.Uri));
                }
                if (status is "200" or "201" && concrete.Content?.Values.Any(m => m.Schema is OpenApiSchemaReference { Reference.Id: nameof(DossierView) }) == true)
                {
                    concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    concrete.Headers["ETag"] = new OpenApiHeader
                    {
                        Description = "The dossier's revision; send it back in If-Match to act.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    };
                    if (status == "201")
                        concrete.Headers["Location"] = new OpenApiHeader { Description = "The dossier's URL.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
                }
            }
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            // Enums are written by name: say so, so that generated clients read them as strings.
            if (context.JsonTypeInfo.Type.IsEnum)
                schema.Type = JsonSchemaType.String;
            if (ApiExamples.For(context.JsonTypeInfo.Type) is { } example)
                schema.Examples = [example];
            return Task.CompletedTask;
        });
        return options;
    }

    static OpenApiExample Example(ProblemType type) =>
        new() { Summary = type.English, Description = type.Meaning, Value = ApiExamples.Problem(type) };

    static string Description()
    {
        var text = new StringBuilder()
            .AppendLine("The HTTP API of the procedures engine: the catalogue of administrative procedures, dossiers handed in by portals, ")
            .AppendLine("the one-stop office's and the units' actions on them, and what waits at each unit. Texts are Vietnamese, or English ")
            .AppendLine("with `Accept-Language: en`. Times are Vietnam time (UTC+7).")
            .AppendLine()
            .AppendLine("**Who may do what** (bearer JWT with the claims `role`, `agency`, `unit`, `portal`):")
            .AppendLine($"- `{ApiRoles.Portal}`: submits dossiers, reads and completes its own;")
            .AppendLine($"- `{ApiRoles.Officer}` (with `agency`, `unit`): reads the dossiers that are or were at its agency, acts only on steps of its own unit of its own agency, replies for its agency, reads its agency's statistics and register;")
            .AppendLine($"- `{ApiRoles.Agency}` (with `agency`): reads the dossiers that are or were at the agency, its inbox and warnings, its statistics and register;")
            .AppendLine($"- `{ApiRoles.LegalStaff}`: reads the diagnostics of procedure files.")
            .AppendLine("The catalogue is open to anyone. A dossier the caller may not see is reported as not found. Statistics and the register are by agency: no role reads another agency's.")
            .AppendLine()
            .AppendLine("**Problems** (RFC 9457, `application/problem+json`):")
            .AppendLine()
            .AppendLine("| type | status | meaning |")
            .AppendLine("|---|---|---|");
        foreach (var problem in ProblemTypes.All)
            text.AppendLine($"| `{problem.Uri}` | {problem.Status} | {problem.Meaning} |");
        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
