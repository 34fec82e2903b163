using Microsoft.AspNetCore.Http;
using NodaTime;
using Procedures.Api.Access;
using Procedures.Api.Contracts;
using Procedures.Api.Http;
using Procedures.Api.Problems;
using Procedures.Engine;
using Procedures.Runtime.Messages;
using Procedures.Runtime.Stimuli;
using Procedures.Workflows.Activities;

namespace Procedures.Api.Endpoints;

internal sealed partial class ProcedureApi
{
    /// <summary>What an action handler decided: the stimulus to send, or why the caller may not send it.</summary>
    private sealed record Decision(Stimulus? Stimulus, IResult? Problem)
    {
        public static Decision Send(Stimulus stimulus) => new(stimulus, null);
        public static Decision Deny(IResult problem) => new(null, problem);
    }

    public Task<IResult> ReceiptAsync(HttpContext context, string dossier) =>
        ActAsync<ReceiptRequest>(context, dossier, (caller, loaded, request) =>
        {
            var receipt = loaded.Definition?.Root.Activities.OfType<ReceiptActivity>().FirstOrDefault();
            if (receipt is null)
                return Decision.Deny(Refused(context, RefusalCatalogue.NoDecisionAwaited.With("receipt")));
            return MayActAt(context, caller, loaded, receipt.Unit) ?? Decision.Send(new OfficerDecision(receipt.Id, request.Decision switch
            {
                ReceiptDecision.Received => Ports.Received,
                ReceiptDecision.Incomplete => Ports.Incomplete,
                _ => Ports.Refused,
            }, request.Note));
        });

    public Task<IResult> OutcomeAsync(HttpContext context, string dossier, string step) =>
        ActAsync<StepOutcomeRequest>(context, dossier, (caller, loaded, request) =>
            (UnitOf(loaded.Definition?.Root.Find(step)) is { } unit ? MayActAt(context, caller, loaded, unit) : OfficerOnly(context, caller))
                ?? Decision.Send(new OfficerDecision(step, request.Outcome, request.Note)));

    public Task<IResult> ReplyAsync(HttpContext context, string dossier, string step) =>
        ActAsync<ReplyRequest>(context, dossier, (caller, loaded, request) =>
        {
            if (OfficerOnly(context, caller) is { } denied) return denied;
            var asked = loaded.Definition?.Root.Find(step) switch
            {
                ConsultationActivity a => a.Agencies.Select(c => c.Agency),
                RoutingSlipActivity a => a.Stops.Select(s => s.Agency),
                ForwardingActivity a => [a.Agency],
                _ => [],
            };
            var org = Org;
            // The name the definition gave the caller's agency, which is what its bookmark waits for.
            var agency = asked.FirstOrDefault(a => org.SameAgency(org.AgencyKey(a), caller.Agency));
            if (agency is null)
                return Decision.Deny(Forbidden(context,
                    $"step \"{step}\" does not ask agency {caller.Agency} for a reply",
                    $"bước \"{step}\" không hỏi ý kiến cơ quan {caller.Agency}"));
            return Decision.Send(new AgencyReply(step, agency, request.Note));
        });

    public Task<IResult> CompletionAsync(HttpContext context, string dossier) =>
        ActAsync<CompletionRequest>(context, dossier, (caller, loaded, request) =>
        {
            var ownPortal = caller.IsPortal && loaded.Portal == caller.Portal;
            var oneStop = caller.Is(ApiRoles.Officer) && caller.HasUnit(Organisation.OneStop) && Org.SameAgency(caller.Agency, loaded.Executing);
            return ownPortal || oneStop
                ? Decision.Send(new ApplicantCompletion(null, request.Note))
                : Decision.Deny(Forbidden(context,
                    "the applicant completes a dossier through the portal that submitted it, or at the executing agency's one-stop office",
                    "người nộp bổ sung hồ sơ qua cổng đã nộp hồ sơ, hoặc tại Bộ phận Một cửa của cơ quan giải quyết"));
        });

    public Task<IResult> ApologyAsync(HttpContext context, string dossier) =>
        ActAsync<ApologyRequest>(context, dossier, (caller, loaded, request) =>
        {
            var instance = loaded.Stored.Instance;
            var unitAtWork = caller.HasUnit(Organisation.OneStop) || instance.ActiveSteps.Any(s => caller.HasUnit(s.Unit));
            if (!caller.Is(ApiRoles.Officer) || !Org.SameAgency(caller.Agency, loaded.Executing) || !unitAtWork)
                return Decision.Deny(Forbidden(context,
                    "the apology comes from the executing agency's one-stop office or the unit handling the dossier (Decree 61/2018 Art. 19)",
                    "phiếu xin lỗi do Bộ phận Một cửa hoặc đơn vị đang giải quyết hồ sơ của cơ quan giải quyết gửi (Nghị định 61/2018 Điều 19)"));
            var newDue = LocalDateTime.FromDateTime(request.NewDueAt.ToOffset(TimeSpan.FromHours(7)).DateTime);
            return Decision.Send(new Apology(newDue, request.Reason));
        });

    public Task<IResult> ComplaintAsync(HttpContext context, string dossier, string step) =>
        ActAsync<ComplaintRequest>(context, dossier, (caller, loaded, request) =>
            (UnitOf(loaded.Definition?.Root.Find(step)) is { } unit ? MayActAt(context, caller, loaded, unit) : OfficerOnly(context, caller))
                ?? Decision.Send(new Complaint(step, request.Note)));

    /// <summary>
    /// The common path of every action: the caller, the body, the dossier (not found unless the caller may see it), the
    /// required <c>If-Match</c>, the handler's decision, then one engine transition checked against that revision.
    /// </summary>
    private async Task<IResult> ActAsync<T>(HttpContext context, string dossier, Func<Caller, Loaded, T, Decision> decide) where T : class
    {
        var caller = Caller.From(context.User);
        if (!caller.Authenticated) return Unauthenticated(context);
        if (!caller.Is(ApiRoles.Officer) && !caller.IsPortal)
            return Forbidden(context, "only officers and the submitting portal act on dossiers", "chỉ cán bộ và cổng đã nộp hồ sơ được thao tác trên hồ sơ");
        var (request, problem) = await RequestBody.ReadAsync<T>(context, RequestBody.ActionLimit);
        if (problem is not null) return Problem(context, problem);
        await engine.StartAsync(context.RequestAborted);
        if (await LoadAsync(caller, dossier, context.RequestAborted) is not { } loaded) return DossierNotFound(context, dossier);

        var revision = loaded.Stored.Revision;
        switch (Revisions.Check(context, revision))
        {
            case Precondition.Missing:
                Revisions.Stamp(context, revision);
                return Problem(context, ProblemTypes.IfMatchRequired, ApiProblems.Say(ApiLanguage.Of(context),
                    $"send If-Match: {Revisions.ETag(revision)} (the ETag of the dossier as read)",
                    $"gửi If-Match: {Revisions.ETag(revision)} (ETag của hồ sơ khi đọc)"));
            case Precondition.Stale:
                return Stale(context, loaded.Stored, loaded, RefusalCatalogue.StaleRevision.With(loaded.Id,
                    revision.ToString(System.Globalization.CultureInfo.InvariantCulture), Shorten(context.Request.Headers.IfMatch.ToString())));
        }

        var decision = decide(caller, loaded, request!);
        if (decision.Problem is not null) return decision.Problem;
        var result = await engine.ActAsync(loaded.Id, decision.Stimulus!, revision, context.RequestAborted);
        return result.Status switch
        {
            EngineStatus.Done => Dossier(context, loaded with { Stored = result.Dossier! }),
            EngineStatus.Conflict when result.Dossier is { } current => Stale(context, current, loaded, result.Refusal!),
            EngineStatus.NotFound => DossierNotFound(context, dossier),
            _ => Refused(context, result.Refusal!),
        };
    }

    private IResult Stale(HttpContext context, Persistence.StoredDossier current, Loaded loaded, Refusal refusal)
    {
        Revisions.Stamp(context, current.Revision);
        var view = View(current, loaded.Definition, loaded.Supplied, ApiLanguage.Of(context));
        return Problem(context, ApiProblems.From(context, ProblemTypes.StaleRevision, refusal) with { Dossier = view });
    }

    /// <summary>
    /// Null when the caller is an officer of <paramref name="unit"/> of the agency that unit belongs to for this dossier
    /// (a step done by an agency as such is open to any of its officers); else the refusal.
    /// </summary>
    private Decision? MayActAt(HttpContext context, Caller caller, Loaded loaded, string unit)
    {
        if (OfficerOnly(context, caller) is { } denied) return denied;
        var org = Org;
        var agency = org.AgencyOfUnit(unit, loaded.Executing, loaded.Definition);
        var unitIsAgency = org.AgencyName(org.AgencyKey(unit)) is not null;
        if (agency is not null && org.SameAgency(agency, caller.Agency) && (caller.HasUnit(unit) || unitIsAgency)) return null;
        return Decision.Deny(Forbidden(context,
            $"this step is for {unit} of {org.AgencyName(agency ?? "") ?? agency ?? "?"}, not for {caller.Unit ?? "?"} of {caller.Agency ?? "?"}",
            $"bước này do {unit} thuộc {org.AgencyName(agency ?? "") ?? agency ?? "?"} thực hiện, không phải {caller.Unit ?? "?"} thuộc {caller.Agency ?? "?"}"));
    }

    private static Decision? OfficerOnly(HttpContext context, Caller caller) =>
        caller.Is(ApiRoles.Officer) && caller.Agency is not null ? null
            : Decision.Deny(Forbidden(context, "only an officer acts on a step", "chỉ cán bộ được thao tác trên bước xử lý"));

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string? UnitOf(Activity? activity) => activity switch
    {
        ReceiptActivity a => a.Unit,
        UnitTaskActivity a => a.Unit,
        ReturnResultActivity a => a.Unit,
        PublicPostingActivity a => a.Place,
        _ => null,
    };
}
