using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Procedures.Api.Contracts;
using Procedures.Api.Endpoints;
using Procedures.Api.Http;
using Procedures.Api.Problems;
using Procedures.Api.Submissions;
using Procedures.Engine;

namespace Procedures.Api;

public static class ProcedureEngineEndpoints
{
    public const string Version = "v1";
    public const string Tag = "procedures";

    /// <summary>
    /// Maps the engine's HTTP API under <paramref name="prefix"/>/v1 on the engine registered with
    /// <c>services.AddProcedureEngine(…)</c>. The caller's identity comes from the application's own authentication
    /// (claims <c>role</c>, <c>agency</c>, <c>unit</c>, <c>portal</c>: see <see cref="Access.ApiClaims"/>); every error under
    /// the prefix is an RFC 9457 problem.
    /// <code>
    /// builder.Services.AddProcedureEngine(o => o.UseSqlite().Procedures("procedures"));
    /// app.MapProcedureEngine("/api");
    /// </code>
    /// </summary>
    public static RouteGroupBuilder MapProcedureEngine(this IEndpointRouteBuilder endpoints, string prefix = "/api")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var engine = services.GetService<ProcedureEngine>()
            ?? throw new InvalidOperationException("MapProcedureEngine needs the engine: call builder.Services.AddProcedureEngine(…) first");
        var options = services.GetRequiredService<EngineOptions>();
        var api = new ProcedureApi(engine, new SubmissionLedger(SubmissionLedger.OptionsFor(options)), options.Clock,
            new WriteGate(serialize: options.Provider == DatabaseProvider.Sqlite));
        var root = "/" + prefix.Trim('/') + "/" + Version;
        if (root.StartsWith("//", StringComparison.Ordinal)) root = root[1..];

        if (endpoints is IApplicationBuilder app)
            app.UseMiddleware<ProblemMiddleware>(new PathString(root));

        var v1 = endpoints.MapGroup(root).WithTags(Tag);

        v1.MapGet("/procedures", (HttpContext c, string? q, string? field, string? level, string? agency, string? channel) =>
                api.SearchAsync(c, q, field, level, agency, channel))
            .WithName("SearchProcedures")
            .WithSummary("Search the catalogue")
            .WithDescription("Live procedures by text (code, name, field, agency, result; case and diacritics ignored), field, level (Tỉnh/province, Xã/commune, Bộ/ministry…), executing agency (code or name) and channel. Open to anyone.")
            .Produces<List<ProcedureSummary>>()
            .WithProblems(400, 500)
            .AllowAnonymous();
        v1.MapGet("/procedures/{code}", (HttpContext c, string code) => api.ProcedureAsync(c, code))
            .WithName("GetProcedure")
            .WithSummary("One procedure")
            .WithDescription("Facts, documents per case, fees and time limits per channel, legal basis, steps, and the data fields as a JSON Schema for the portal's online form. `fileHasErrors` says the file's latest edit did not compile (its diagnostics are for legal staff).")
            .Produces<ProcedureDetail>()
            .WithProblems(404, 500)
            .AllowAnonymous();
        v1.MapGet("/procedures/{code}/versions", (HttpContext c, string code) => api.VersionsAsync(c, code))
            .WithName("GetProcedureVersions")
            .WithSummary("The procedure's published versions")
            .WithDescription("Every version ever published, oldest first; dossiers stay on the version they started on.")
            .Produces<List<VersionView>>()
            .WithProblems(404, 500)
            .AllowAnonymous();
        v1.MapGet("/procedures/{code}/diagnostics", (HttpContext c, string code) => api.DiagnosticsAsync(c, code))
            .WithName("GetProcedureDiagnostics")
            .WithSummary("The current file's diagnostics (legal staff)")
            .WithDescription("Errors and warnings of the procedure file's latest compile, located by line and column; with errors, the last good version stays live.")
            .Produces<DiagnosticsView>()
            .WithProblems(401, 403, 404, 500);

        v1.MapPost("/procedures/{code}/dossiers", (HttpContext c, string code, [FromHeader(Name = ProcedureApi.IdempotencyKeyHeader)] string? idempotencyKey) =>
                api.SubmitAsync(c, code, idempotencyKey))
            .WithName("SubmitDossier")
            .WithSummary("Submit a dossier (portal)")
            .WithDescription("Opens a dossier on the procedure's live version. It is addressed by its id: its number (Circular 01/2018 Art. 19) is given when the one-stop office receives the complete dossier, at once only for a procedure without a receipt step. A postal dossier may give `submittedAt`, the time it was filed: the hand-over record signed with the postal service or the postmark (Decision 45/2016/QĐ-TTg); it may not be in the future, and another channel may not give one (`validation-failed` at `submittedAt`). With `Idempotency-Key`, a retry of the same request returns the first attempt's dossier (201 with `Idempotent-Replayed: true`); the same key with another request is `idempotency-key-reused`.")
            .Accepts<SubmitRequest>("application/json")
            .Produces<DossierView>(StatusCodes.Status201Created)
            .WithProblems(400, 401, 403, 404, 413, 415, 422, 500);
        v1.MapGet("/dossiers/{dossier}", (HttpContext c, string dossier) => api.DossierAsync(c, dossier))
            .WithName("GetDossier")
            .WithSummary("A dossier's status and timeline")
            .WithDescription("By id or by number. Status in words at every step (Circular 22/2019 Art. 4), the steps it waits at, and the processing control sheet (Circular 01/2018 form 05). The return of the result (Decree 61/2018 Art. 20) is no action of its own: when the flow reaches the return step the engine records it, a `ResultReturned` line at the one-stop unit, on time or late against the appointment, and the status becomes `Returned` (a refusal letter goes back the same way). The ETag is the revision to send in `If-Match`. A portal sees its own dossiers, an agency those that are or were at it.")
            .Produces<DossierView>()
            .WithProblems(401, 404, 500);

        v1.MapGet("/dossiers/{dossier}/forms/{form}", (HttpContext c, string dossier, string form) => api.FormAsync(c, dossier, form))
            .WithName("GetDossierForm")
            .WithSummary("A one-stop form of the dossier as printable HTML")
            .WithDescription("Circular 01/2018 forms in Vietnamese: `01` receipt and appointment, `02` request to complete, `03` refusal, `04` apology and new date, `05` processing control sheet. A form the dossier has no reason for is `not-found` with its code (PRC5070–5076); the same callers as for the dossier.")
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .WithProblems(401, 404, 500);

        MapAction<ReceiptRequest>(v1, "/dossiers/{dossier}/receipt", "Receive", "Receipt at the one-stop office",
            "The one-stop officer of the executing agency issues the receipt and appointment (Received), a request to complete (Incomplete) or a refusal (Refused).",
            (c, d, _) => api.ReceiptAsync(c, d));
        MapAction<StepOutcomeRequest>(v1, "/dossiers/{dossier}/steps/{step}/outcome", "CompleteStep", "Close a step with an outcome",
            "An officer of the step's unit closes it with one of the outcomes its wait lists; an outcome that leads to a request to complete is the completion request during processing.",
            (c, d, s) => api.OutcomeAsync(c, d, s!));
        MapAction<ReplyRequest>(v1, "/dossiers/{dossier}/steps/{step}/reply", "ReplyForAgency", "An agency's reply",
            "An officer of a consulted, routed or higher-level agency replies for it.",
            (c, d, s) => api.ReplyAsync(c, d, s!));
        MapAction<CompletionRequest>(v1, "/dossiers/{dossier}/completion", "CompleteDossier", "The applicant completes the dossier",
            "The submitting portal (or the one-stop office) hands in what the completion request asked for; the clock resumes and the appointment moves by the working time the dossier was with the applicant (Decree 61/2018 Art. 19 as amended by Decree 107/2021), unless the procedure cites a sector law that restarts it.",
            (c, d, _) => api.CompletionAsync(c, d));
        MapAction<ApologyRequest>(v1, "/dossiers/{dossier}/apology", "Apologize", "Apology with a new appointment",
            "The executing agency sets one new appointment with its reason (Circular 01/2018 form 04); a second apology is refused (PRC5021).",
            (c, d, _) => api.ApologyAsync(c, d));
        MapAction<ComplaintRequest>(v1, "/dossiers/{dossier}/steps/{step}/complaint", "LodgeComplaint", "A complaint against a public posting",
            "An officer of the posting place records a complaint while the posting is up.",
            (c, d, s) => api.ComplaintAsync(c, d, s!));

        v1.MapGet("/statistics", (HttpContext c, string? from, string? to, string? agency, string? procedure, string? channel, string? groupBy) =>
                api.StatisticsAsync(c, from, to, agency, procedure, channel, groupBy))
            .WithName("GetStatistics")
            .WithSummary("An agency's one-stop statistics for a period")
            .WithDescription("The figures provincial one-stop systems publish, for the dossiers the agency executes: received, carried over, to handle, in progress (late / due soon / not yet due), resolved (late / on time or early), returned (refused), late rate = (late in progress + late resolved) / to handle; in total and by procedure, agency or channel (`groupBy`), for one procedure or channel if asked. The period is judged at its end, or now while it runs. Statistics are by agency: an officer or an agency reads its own agency's (the default), and another agency's is forbidden.")
            .Produces<StatisticsView>()
            .WithProblems(400, 401, 403, 500)
            .AddOpenApiOperationTransformer((operation, _, _) => Describe(operation, ReportParameters));
        v1.MapGet("/register", (HttpContext c, string? from, string? to, string? agency) => api.RegisterAsync(c, from, to, agency))
            .WithName("GetRegister")
            .WithSummary("An agency's register of dossiers (form 06) as printable HTML")
            .WithDescription($"Circular 01/2018 form 06 (sổ theo dõi hồ sơ) in Vietnamese: the dossiers the agency received in the period, in the order received, with their dates of receipt, appointment, hand-over, result and return. At most {ProcedureApi.RegisterMaxDays} days a page; the same callers as for the statistics.")
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .WithProblems(400, 401, 403, 422, 500)
            .AddOpenApiOperationTransformer((operation, _, _) => Describe(operation, ReportParameters));

        v1.MapGet("/inbox", (HttpContext c, string? unit) => api.InboxAsync(c, unit))
            .WithName("GetInbox")
            .WithSummary("What waits at the caller's unit or agency")
            .WithDescription("Open tasks with their due and warning times, late first. An officer sees their unit's tasks and the replies asked of their agency; an agency sees all its units (or `unit`).")
            .Produces<List<WorkItemView>>()
            .WithProblems(400, 401, 403, 500);
        v1.MapGet("/warnings", (Func<HttpContext, Task<IResult>>)api.WarningsAsync)
            .WithName("GetWarnings")
            .WithSummary("Deadline warnings")
            .WithDescription("Warnings raised one working day before each due time, and overdue marks, for the caller's unit (officer) or agency; overdue first.")
            .Produces<List<WarningView>>()
            .WithProblems(401, 403, 500);

        return v1;
    }

    static void MapAction<T>(RouteGroupBuilder group, string pattern, string name, string summary, string description,
        Func<HttpContext, string, string?, Task<IResult>> handle) where T : notnull
    {
        var builder = pattern.Contains("{step}", StringComparison.Ordinal)
            ? group.MapPost(pattern, (HttpContext c, string dossier, string step, [FromHeader(Name = "If-Match")] string? ifMatch) => handle(c, dossier, step))
            : group.MapPost(pattern, (HttpContext c, string dossier, [FromHeader(Name = "If-Match")] string? ifMatch) => handle(c, dossier, null));
        builder.WithName(name)
            .WithSummary(summary)
            .WithDescription(description + " Requires `If-Match` with the dossier's ETag: without it 428, with a stale one 412 and the current state.")
            .Accepts<T>("application/json")
            .Produces<DossierView>()
            .WithProblems(400, 401, 403, 404, 412, 413, 415, 422, 428, 500);
    }

    /// <summary>The query parameters of the agency reports: what each means, and which the server requires.</summary>
    static readonly Dictionary<string, (bool Required, string Text)> ReportParameters = new(StringComparer.Ordinal)
    {
        ["from"] = (true, "The period's first day, yyyy-MM-dd (Vietnam civil time)."),
        ["to"] = (true, "The period's last day, included, yyyy-MM-dd; not before `from`."),
        ["agency"] = (false, "The agency's code as dossier numbers carry it (e.g. 000.19.30.H00), or its name; the caller's own agency when absent. Another agency's is forbidden."),
        ["procedure"] = (false, "Only the dossiers of this procedure code."),
        ["channel"] = (false, "Only the dossiers that came through this channel: InPerson, Postal, OnlineFull or OnlinePartial."),
        ["groupBy"] = (false, "Lines besides the total, comma-separated: procedure, agency, channel."),
    };

    static Task Describe(Microsoft.OpenApi.OpenApiOperation operation, Dictionary<string, (bool Required, string Text)> parameters)
    {
        foreach (var parameter in operation.Parameters?.OfType<Microsoft.OpenApi.OpenApiParameter>() ?? [])
            if (parameters.TryGetValue(parameter.Name ?? "", out var known))
                (parameter.Required, parameter.Description) = (known.Required || parameter.Required, known.Text);
        return Task.CompletedTask;
    }

    static RouteHandlerBuilder WithProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
            builder.Produces<ApiProblem>(status, ApiProblems.ContentType);
        return builder;
    }
}
