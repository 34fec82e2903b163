using Microsoft.AspNetCore.Http;
using Procedures.Api.Access;
using Procedures.Api.Problems;
using Procedures.Forms;

namespace Procedures.Api.Endpoints;

internal sealed partial class ProcedureApi
{
    private readonly OneStopForms forms = new();

    /// <summary>
    /// One of a dossier's one-stop forms (Circular 01/2018 forms 01–05) as printable HTML, for whoever may read the
    /// dossier. A form the dossier has no reason for (no apology, no completion request…) is not found, with its code.
    /// </summary>
    public async Task<IResult> FormAsync(HttpContext context, string dossier, string form)
    {
        var caller = Caller.From(context.User);
        if (!caller.Authenticated) return Unauthenticated(context);
        await engine.StartAsync(context.RequestAborted);
        if (await LoadAsync(caller, dossier, context.RequestAborted) is not { Definition: { } definition } loaded)
            return DossierNotFound(context, dossier);
        if (FormNumbers.TryParse(form, out var number) is { } unknown)
            return Problem(context, ApiProblems.From(context, ProblemTypes.NotFound, unknown));
        var rendered = await forms.RenderAsync(number, definition, loaded.Stored.Instance);
        return rendered.Rendered
            ? Results.Content(rendered.Html, "text/html; charset=utf-8")
            : Problem(context, ApiProblems.From(context, ProblemTypes.NotFound, rendered.Refusal!));
    }
}
