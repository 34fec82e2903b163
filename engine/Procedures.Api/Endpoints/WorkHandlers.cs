using Microsoft.AspNetCore.Http;
using Procedures.Api.Access;
using Procedures.Api.Contracts;
using Procedures.Api.Views;
using Procedures.Persistence;

namespace Procedures.Api.Endpoints;

internal sealed partial class ProcedureApi
{
    /// <summary>
    /// What waits: for an officer, the tasks of their unit at their agency and the replies asked of their agency; for an
    /// agency, every task at it (narrowed to one unit with <c>unit</c>). Late first, then by due time.
    /// </summary>
    public async Task<IResult> InboxAsync(HttpContext context, string? unit)
    {
        var caller = Caller.From(context.User);
        if (!caller.Authenticated) return Unauthenticated(context);
        if (!caller.ActsForAgency)
            return Forbidden(context, "only officers and agencies have an inbox", "chỉ cán bộ và cơ quan có danh sách việc cần xử lý");
        if (unit?.Length > MaxQueryLength)
            return InvalidRequest(context, "query.unit", $"may hold at most {MaxQueryLength} characters", $"tối đa {MaxQueryLength} ký tự");
        var officer = !caller.Is(ApiRoles.Agency);
        if (officer && unit is not null && !caller.HasUnit(unit))
            return Forbidden(context, "an officer reads the inbox of their own unit", "cán bộ chỉ xem danh sách việc của đơn vị mình");
        await engine.StartAsync(context.RequestAborted);

        var org = Org;
        var agencyName = org.AgencyName(caller.Agency!) ?? caller.Agency!;
        IEnumerable<string> places = officer ? [caller.Unit ?? agencyName, agencyName]
            : unit is not null ? [unit] : [.. org.UnitsOf(caller.Agency!), Organisation.OneStop, agencyName];
        var items = new Dictionary<string, WorkItem>(StringComparer.Ordinal);
        foreach (var place in places.Distinct(StringComparer.Ordinal))
            foreach (var item in await engine.InboxAsync(place, context.RequestAborted))
                if (Belongs(item.Unit, item.Agency, item.DossierNumber, item.AgencyCode, item.ProcedureCode, caller, officer, org))
                    items.TryAdd(item.BookmarkId, item);
        var ordered = items.Values
            .OrderByDescending(w => w.Late).ThenBy(w => w.DueAt is null).ThenBy(w => w.DueAt).ThenBy(w => w.DossierNumber, StringComparer.Ordinal)
            .Select(w => new WorkItemView(w.DossierId, w.DossierNumber, w.ProcedureCode, w.BookmarkId, w.ActivityId, w.Kind, w.Step, w.Unit, w.Agency,
                Words.Time(w.StartedAt), Words.Time(w.DueAt), Words.Time(w.WarnAt), w.Late, w.DueSoon))
            .ToList();
        return Json(context, ordered);
    }

    /// <summary>The warnings standing at the caller's unit (an officer) or agency, overdue first.</summary>
    public async Task<IResult> WarningsAsync(HttpContext context)
    {
        var caller = Caller.From(context.User);
        if (!caller.Authenticated) return Unauthenticated(context);
        if (!caller.ActsForAgency)
            return Forbidden(context, "only officers and agencies read warnings", "chỉ cán bộ và cơ quan được xem cảnh báo");
        await engine.StartAsync(context.RequestAborted);
        var org = Org;
        var officer = !caller.Is(ApiRoles.Agency);
        var warnings = (await engine.WarningsAsync(null, context.RequestAborted))
            .Where(w => Belongs(w.Unit, w.ActivityId is null ? null : w.Agency, w.DossierNumber, w.AgencyCode, w.ProcedureCode, caller, officer, org))
            .Select(w => new WarningView(w.DossierId, w.DossierNumber, w.ProcedureCode, w.ActivityId, w.Step, w.Unit, w.Agency,
                Words.Time(w.WarnAt), Words.Time(w.DueAt), w.Overdue, w.RaisedAt.ToDateTimeOffset()))
            .ToList();
        return Json(context, warnings);
    }

    /// <summary>
    /// Whether a task or warning is the caller's: an agency's reply is its agency's; a unit's task is the agency's the unit
    /// belongs to for that dossier, and for an officer also their unit's; a warning on the appointment is the executing
    /// agency's one-stop office's.
    /// </summary>
    private bool Belongs(string? unit, string? agency, string? dossierNumber, string? agencyCode, string procedureCode, Caller caller, bool officer, Organisation org)
    {
        if (agency is not null) return org.SameAgency(org.AgencyKey(agency), caller.Agency);
        var executing = ReceivingAgency(dossierNumber, agencyCode, engine.Library.Live(procedureCode));
        var place = unit ?? Organisation.OneStop;
        var owner = org.AgencyOfUnit(place, executing, engine.Library.Live(procedureCode));
        if (owner is null || !org.SameAgency(owner, caller.Agency)) return false;
        return !officer || caller.HasUnit(place) || org.AgencyName(org.AgencyKey(place)) is not null;
    }
}
