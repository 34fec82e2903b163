using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Procedures.Api.Access;
using Procedures.Api.Contracts;
using Procedures.Api.Http;
using Procedures.Api.Problems;
using Procedures.Api.Submissions;
using Procedures.Api.Views;
using Procedures.Engine;
using Procedures.Persistence;
using Procedures.Runtime;
using Procedures.Runtime.Messages;
using Procedures.Workflows;

namespace Procedures.Api.Endpoints;

/// <summary>
/// The handlers of the API over one engine node: each reads the caller, checks what the caller may do, asks the engine,
/// and answers with a view or a problem. Shared by every request; holds no per-request state.
/// </summary>
internal sealed partial class ProcedureApi(ProcedureEngine engine, SubmissionLedger ledger, TimeProvider clock, WriteGate writes)
{
    private readonly OrganisationCache organisation = new(() => engine.Library);

    private Organisation Org => organisation.Current;

    /// <summary>A dossier the caller may see, with what the rules about it need.</summary>
    private sealed record Loaded(StoredDossier Stored, WorkflowDefinition? Definition, string Executing, string? Portal, IReadOnlyCollection<string> Supplied)
    {
        public string Id => Stored.Instance.DossierId;
    }

    private async Task<Loaded?> LoadAsync(Caller caller, string idOrNumber, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idOrNumber) || idOrNumber.Length > 200) return null;
        var stored = await engine.ReadAsync(idOrNumber, cancellationToken);
        if (stored is null && await ledger.DossierIdOfNumberAsync(idOrNumber, cancellationToken) is { } id)
            stored = await engine.ReadAsync(id, cancellationToken);
        if (stored is null) return null;
        var instance = stored.Instance;
        var submission = await ledger.FindAsync(instance.DossierId, cancellationToken);
        var definition = engine.Library.Version(instance.DefinitionId, instance.DefinitionVersion);
        var executing = ReceivingAgency(instance.DossierNumber, instance.ExecutingAgency?.Code, definition);
        var loaded = new Loaded(stored, definition, executing, submission?.Portal, Supplied(submission));
        return CanRead(caller, loaded) ? loaded : null;
    }

    private bool CanRead(Caller caller, Loaded loaded)
    {
        if (caller.IsPortal && loaded.Portal == caller.Portal) return true;
        if (!caller.ActsForAgency) return false;
        var org = Org;
        return org.AgenciesOf(loaded.Stored.Instance, loaded.Executing, loaded.Definition).Any(a => org.SameAgency(a, caller.Agency));
    }

    /// <summary>
    /// The code of the agency whose one-stop office received the dossier: the code that opens its number
    /// (AGENCYCODE-YYMMDD-NNNN; the agency code may hold dashes, the last two parts never do). A dossier not yet received
    /// has no number: then the procedure's receiving agency's, else the executing agency's (<paramref name="executing"/>,
    /// the one its data chose).
    /// </summary>
    private static string ReceivingAgency(string? dossierNumber, string? executing, WorkflowDefinition? definition)
    {
        if (dossierNumber is null)
            return definition?.Facts.ReceivingAgency?.Code is { Length: > 0 } receiving ? receiving
                : executing ?? definition?.Facts.ExecutingAgency.Code ?? "";
        var parts = dossierNumber.Split('-');
        return parts.Length >= 3 ? string.Join('-', parts[..^2]) : dossierNumber;
    }

    private static string[] Supplied(Persistence.Rows.SubmissionRow? row)
    {
        if (row is null) return [];
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<string[]>(row.DocumentsJson) ?? [];
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }

    private IResult Dossier(HttpContext context, Loaded loaded, int status = StatusCodes.Status200OK) =>
        Dossier(context, loaded.Stored, loaded.Definition, loaded.Supplied, status);

    private IResult Dossier(HttpContext context, StoredDossier stored, WorkflowDefinition? definition, IReadOnlyCollection<string> supplied, int status)
    {
        var language = ApiLanguage.Of(context);
        ApiLanguage.Stamp(context, language);
        Revisions.Stamp(context, stored.Revision);
        var view = View(stored, definition, supplied, language);
        return Results.Json(view, ApiJson.Options, statusCode: status);
    }

    private DossierView View(StoredDossier stored, WorkflowDefinition? definition, IReadOnlyCollection<string> supplied, MessageLanguage language) =>
        DossierViews.View(stored, definition?.Name ?? stored.Instance.DefinitionId, supplied, VietnamTime.Now(clock), language);

    private static IResult Json<T>(HttpContext context, T value)
    {
        ApiLanguage.Stamp(context, ApiLanguage.Of(context));
        return Results.Json(value, ApiJson.Options);
    }

    private static IResult Problem(HttpContext context, ApiProblem problem) => ApiProblems.Result(context, problem);

    private static IResult Problem(HttpContext context, ProblemType type, string? detail = null) => ApiProblems.Result(context, type, detail);

    private static IResult Unauthenticated(HttpContext context)
    {
        context.Response.Headers[HeaderNames.WWWAuthenticate] = context.Request.Headers.Authorization.Count > 0
            ? "Bearer error=\"invalid_token\""
            : "Bearer";
        return Problem(context, ProblemTypes.Unauthenticated);
    }

    private static IResult Forbidden(HttpContext context, string english, string vietnamese) =>
        Problem(context, ProblemTypes.Forbidden, ApiProblems.Say(ApiLanguage.Of(context), english, vietnamese));

    private static IResult DossierNotFound(HttpContext context, string idOrNumber) =>
        Problem(context, ApiProblems.From(context, ProblemTypes.DossierNotFound, RefusalCatalogue.NoSuchDossier.With(idOrNumber)));

    private IResult ProcedureNotFound(HttpContext context, string code)
    {
        var errors = engine.Library.Diagnostics(code).Count(d => d.IsError);
        var refusal = errors > 0
            ? RefusalCatalogue.NoGoodVersion.With(code, errors.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : RefusalCatalogue.NoSuchProcedure.With(code);
        return Problem(context, ApiProblems.From(context, ProblemTypes.ProcedureNotFound, refusal));
    }

    private static IResult InvalidRequest(HttpContext context, string path, string english, string vietnamese) =>
        InvalidRequest(context, [(path, ApiProblems.Say(ApiLanguage.Of(context), english, vietnamese))]);

    /// <summary>Every malformed parameter at once, each under its path (<c>query.from</c>), so that a form can mark them all.</summary>
    private static IResult InvalidRequest(HttpContext context, IReadOnlyList<(string Path, string Message)> errors)
    {
        var problem = ApiProblems.Create(context, ProblemTypes.InvalidRequest, string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")));
        return Problem(context, problem with { Errors = ApiProblems.Errors([.. errors]) });
    }
}
