using System.Globalization;
using Microsoft.AspNetCore.Http;
using NodaTime;
using NodaTime.Text;
using Procedures.Api.Access;
using Procedures.Api.Contracts;
using Procedures.Api.Http;
using Procedures.Api.Problems;
using Procedures.Api.Views;
using Procedures.Forms;
using Procedures.Persistence;
using Procedures.Runtime.Messages;

namespace Procedures.Api.Endpoints;

/// <summary>
/// The reports of an agency over a period: the one-stop statistics and the register (Circular 01/2018 form 06). Statistics
/// are by agency: an officer or an agency reads its own agency's, and no role reads another's (a ministry or province
/// compares agencies through the figures each sends to the national portal, Decision 31/2021/QĐ-TTg Art. 30).
/// </summary>
internal sealed partial class ProcedureApi
{
    /// <summary>The longest period one register page covers: a year's book, leap day included.</summary>
    public const int RegisterMaxDays = 366;

    static readonly LocalDate EarliestDay = new(1900, 1, 1);
    static readonly LocalDate LatestDay = new(2999, 12, 31);

    /// <summary>The breakdowns of the statistics, as <c>groupBy</c> names them.</summary>
    static readonly (string Word, StatisticsGrouping Grouping)[] Dimensions =
        [("procedure", StatisticsGrouping.Procedure), ("agency", StatisticsGrouping.Agency), ("channel", StatisticsGrouping.Channel)];

    /// <summary>The agency and period a report is of, once the caller may read it.</summary>
    private sealed record ReportScope(string AgencyCode, LocalDate From, LocalDate To);

    public async Task<IResult> StatisticsAsync(HttpContext context, string? from, string? to, string? agency, string? procedure,
        string? channel, string? groupBy)
    {
        var caller = Caller.From(context.User);
        if (ReportCallerProblem(context, caller) is { } denied) return denied;
        var language = ApiLanguage.Of(context);
        var errors = new List<(string Path, string Message)>();
        TooLong(errors, language, ("procedure", procedure), ("channel", channel), ("groupBy", groupBy));
        Channel? wanted = null;
        if (!string.IsNullOrWhiteSpace(channel))
        {
            if (ParseChannel(channel) is { } parsed) wanted = parsed;
            else errors.Add(("query.channel", OneOf(language, Enum.GetNames<Channel>())));
        }
        var grouping = StatisticsGrouping.None;
        foreach (var word in (groupBy ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Dimensions.FirstOrDefault(d => string.Equals(d.Word, word, StringComparison.OrdinalIgnoreCase)) is { Word: not null } dimension)
                grouping |= dimension.Grouping;
            else
            {
                errors.Add(("query.groupBy", OneOf(language, Dimensions.Select(d => d.Word))));
                break;
            }
        }

        var scope = await ReportScopeAsync(context, caller, from, to, agency, maxDays: null, errors);
        if (scope.Problem is not null) return scope.Problem;
        if (!string.IsNullOrWhiteSpace(procedure) && engine.Library.Versions(procedure.Trim()).Count == 0)
            errors.Add(("query.procedure", RefusalCatalogue.NoSuchProcedure.With(procedure.Trim()).Message(language)));
        if (errors.Count > 0) return InvalidRequest(context, errors);

        var (code, first, last) = scope.Scope!;
        var query = new StatisticsQuery(first, last, string.IsNullOrWhiteSpace(procedure) ? null : procedure.Trim(), code,
            wanted is { } c ? Channels.ToEngine(c) : null, grouping);
        var answer = await engine.StatisticsAsync(query, context.RequestAborted);
        if (!answer.Succeeded) return Refused(context, answer.Refusal!);

        var report = answer.Value!;
        var org = Org;
        return Json(context, new StatisticsView(
            first.ToDateOnly(), last.ToDateOnly(), Words.Time(report.AsOf), code, org.AgencyName(code), query.ProcedureCode, wanted,
            [.. Dimensions.Where(d => grouping.HasFlag(d.Grouping)).Select(d => d.Word)], Figures(report.Total),
            [.. report.Groups.Select(g => new StatisticsLine(g.ProcedureCode, g.ProcedureCode is { } p ? ProcedureName(p) : null,
                g.AgencyCode, g.AgencyCode is { } a ? org.AgencyName(a) : null, g.Channel is { } k ? Channels.FromEngine(k) : null, Figures(g.Figures)))],
            [.. DossierFigures.Labels.Select(l => new FigureLabel(l.Field, language == MessageLanguage.English ? l.English : l.Vietnamese))]));
    }

    /// <summary>The register of the dossiers an agency received in a period (form 06), as printable Vietnamese HTML.</summary>
    public async Task<IResult> RegisterAsync(HttpContext context, string? from, string? to, string? agency)
    {
        var caller = Caller.From(context.User);
        if (ReportCallerProblem(context, caller) is { } denied) return denied;
        var errors = new List<(string Path, string Message)>();
        var scope = await ReportScopeAsync(context, caller, from, to, agency, RegisterMaxDays, errors);
        if (scope.Problem is not null) return scope.Problem;
        if (errors.Count > 0) return InvalidRequest(context, errors);

        var (code, first, last) = scope.Scope!;
        var answer = await engine.RegisterAsync(code, first, last, context.RequestAborted);
        if (!answer.Succeeded) return Refused(context, answer.Refusal!);
        var register = answer.Value!;
        var page = new RegisterPage(code, Org.AgencyName(code), first, last, [.. register.Entries.Select(e => new RegisterLine(e.Instance, e.Definition))]);
        var rendered = await forms.RenderRegisterAsync(page);
        return rendered.Rendered
            ? Results.Content(rendered.Html, "text/html; charset=utf-8")
            : Refused(context, rendered.Refusal!);
    }

    /// <summary>Statistics and the register are an agency's: its officers and the agency itself read them, nobody else.</summary>
    private static IResult? ReportCallerProblem(HttpContext context, Caller caller) =>
        !caller.Authenticated ? Unauthenticated(context)
        : caller.ActsForAgency ? null
        : Forbidden(context, "statistics and the register are by agency: only an agency and its officers read them",
            "số liệu thống kê và sổ theo dõi hồ sơ là của từng cơ quan: chỉ cơ quan và cán bộ của cơ quan được xem");

    /// <summary>
    /// The period and the agency of a report, adding what is wrong with them to <paramref name="errors"/>: dates that are
    /// missing or not <c>yyyy-MM-dd</c>, a period that ends before it starts (PRC5074) or is longer than
    /// <paramref name="maxDays"/>, an agency the catalogue does not know. Another agency than the caller's is forbidden.
    /// </summary>
    private async Task<(ReportScope? Scope, IResult? Problem)> ReportScopeAsync(HttpContext context, Caller caller, string? from, string? to,
        string? agency, int? maxDays, List<(string Path, string Message)> errors)
    {
        var language = ApiLanguage.Of(context);
        TooLong(errors, language, ("from", from), ("to", to), ("agency", agency));
        var first = Day(errors, language, "from", from);
        var last = Day(errors, language, "to", to);
        if (first is { } f && last is { } l)
        {
            if (new StatisticsQuery(f, l).Problem is { } inverted)
                errors.Add(("query.to", inverted.Message(language)));
            else if (maxDays is { } max && Period.Between(f, l, PeriodUnits.Days).Days + 1 > max)
                errors.Add(("query.to", ApiProblems.Say(language,
                    $"a register covers at most {Number(max)} days; ask for the period in parts",
                    $"một sổ theo dõi hồ sơ tối đa {Number(max)} ngày; hãy xem từng phần của kỳ")));
        }

        await engine.StartAsync(context.RequestAborted);
        var org = Org;
        string code;
        if (!string.IsNullOrWhiteSpace(agency))
        {
            if (org.KnownKey(agency.Trim()) is not { } known)
            {
                errors.Add(("query.agency", ApiProblems.Say(language,
                    $"there is no agency \"{agency.Trim()}\" in the catalogue", $"danh mục không có cơ quan \"{agency.Trim()}\"")));
                return (null, null);
            }
            code = known;
        }
        else
        {
            code = org.KnownKey(caller.Agency!) ?? caller.Agency!;
        }
        if (!org.SameAgency(code, caller.Agency))
            return (null, Forbidden(context,
                $"the statistics and register of {org.AgencyName(code) ?? code} are that agency's; a token of {caller.Agency} reads only its own",
                $"số liệu thống kê và sổ theo dõi hồ sơ của {org.AgencyName(code) ?? code} là của cơ quan đó; mã truy cập của {caller.Agency} chỉ xem được của cơ quan mình"));
        return first is { } start && last is { } end ? (new ReportScope(code, start, end), null) : (null, null);
    }

    /// <summary>A day of the period as <c>yyyy-MM-dd</c>, from 1900 to 2999; null (with the error added) otherwise.</summary>
    private static LocalDate? Day(List<(string Path, string Message)> errors, MessageLanguage language, string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(($"query.{name}", ApiProblems.Say(language, "is required (yyyy-MM-dd)", "là bắt buộc (yyyy-MM-dd)")));
            return null;
        }
        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (parsed.Success && parsed.Value >= EarliestDay && parsed.Value <= LatestDay) return parsed.Value;
        errors.Add(($"query.{name}", ApiProblems.Say(language,
            $"\"{Shorten(text)}\" is not a day from 1900-01-01 to 2999-12-31 written yyyy-MM-dd",
            $"\"{Shorten(text)}\" không phải một ngày từ 1900-01-01 đến 2999-12-31 viết theo dạng yyyy-MM-dd")));
        return null;
    }

    private static void TooLong(List<(string Path, string Message)> errors, MessageLanguage language, params (string Name, string? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
            if (value?.Length > MaxQueryLength)
                errors.Add(($"query.{name}", ApiProblems.Say(language, $"may hold at most {MaxQueryLength} characters", $"tối đa {MaxQueryLength} ký tự")));
    }

    private static string OneOf(MessageLanguage language, IEnumerable<string> values) =>
        ApiProblems.Say(language, $"must be one of: {string.Join(", ", values)}", $"phải là một trong: {string.Join(", ", values)}");

    private string? ProcedureName(string code) => engine.Library.Live(code)?.Name ?? engine.Library.Versions(code).LastOrDefault()?.Name;

    private static FiguresView Figures(DossierFigures f) => new(f.Received, f.CarriedOver, f.ToHandle,
        new InProgressView(f.InProgress.Total, f.InProgress.Late, f.InProgress.DueSoon, f.InProgress.NotYetDue),
        new ResolvedView(f.Resolved.Total, f.Resolved.Late, f.Resolved.OnTimeOrEarly),
        f.Returned, f.LateRate, f.OnTimeRate);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
