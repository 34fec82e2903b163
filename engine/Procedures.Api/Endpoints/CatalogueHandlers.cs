using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Procedures.Api.Access;
using Procedures.Api.Contracts;
using Procedures.Api.Http;
using Procedures.Api.Views;
using Procedures.Workflows;

namespace Procedures.Api.Endpoints;

internal sealed partial class ProcedureApi
{
    private const int MaxQueryLength = 200;

    /// <summary>The live procedures matching every filter given, by code.</summary>
    public async Task<IResult> SearchAsync(HttpContext context, string? q, string? field, string? level, string? agency, string? channel)
    {
        foreach (var (name, value) in new[] { ("q", q), ("field", field), ("level", level), ("agency", agency), ("channel", channel) })
            if (value?.Length > MaxQueryLength)
                return InvalidRequest(context, $"query.{name}", $"may hold at most {MaxQueryLength} characters", $"tối đa {MaxQueryLength} ký tự");
        Channel? wanted = null;
        if (!string.IsNullOrWhiteSpace(channel))
        {
            if (ParseChannel(channel) is not { } parsed)
                return InvalidRequest(context, "query.channel", $"must be one of: {string.Join(", ", Enum.GetNames<Channel>())}",
                    $"phải là một trong: {string.Join(", ", Enum.GetNames<Channel>())}");
            wanted = parsed;
        }
        await engine.StartAsync(context.RequestAborted);
        var language = ApiLanguage.Of(context);
        var library = engine.Library;
        var found = library.Codes.Order(StringComparer.Ordinal)
            .Select(library.Live).OfType<WorkflowDefinition>()
            .Where(d => Matches(d, q, field, level, agency, wanted))
            .Select(d => ProcedureViews.Summary(d, language))
            .ToList();
        return Json(context, found);
    }

    /// <summary>A channel by its name, case ignored; null for anything else (a number included).</summary>
    static Channel? ParseChannel(string text) =>
        Enum.TryParse<Channel>(text.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !text.Trim().All(char.IsDigit)
            ? parsed : null;

    public async Task<IResult> ProcedureAsync(HttpContext context, string code)
    {
        await engine.StartAsync(context.RequestAborted);
        if (engine.Library.Live(code) is not { } live) return ProcedureNotFound(context, code);
        var fileHasErrors = engine.Library.Diagnostics(code).Any(d => d.IsError);
        return Json(context, ProcedureViews.Detail(live, fileHasErrors, Org, ApiLanguage.Of(context), linked => engine.Library.Live(linked)?.Name));
    }

    public async Task<IResult> VersionsAsync(HttpContext context, string code)
    {
        await engine.StartAsync(context.RequestAborted);
        var versions = engine.Library.Versions(code);
        if (versions.Count == 0) return ProcedureNotFound(context, code);
        var live = engine.Library.Live(code);
        return Json(context, versions.Select(v => ProcedureViews.Version(v, live)).ToList());
    }

    /// <summary>The current file's diagnostics, for legal staff.</summary>
    public async Task<IResult> DiagnosticsAsync(HttpContext context, string code)
    {
        var caller = Caller.From(context.User);
        if (!caller.Authenticated) return Unauthenticated(context);
        if (!caller.Is(ApiRoles.LegalStaff))
            return Forbidden(context, "only legal staff read diagnostics", "chỉ cán bộ pháp chế được xem lỗi của tệp thủ tục");
        await engine.StartAsync(context.RequestAborted);
        var library = engine.Library;
        if (!library.Snapshot.Procedures.TryGetValue(code, out var state)) return ProcedureNotFound(context, code);
        var language = ApiLanguage.Of(context);
        return Json(context, new DiagnosticsView(code, state.Path, state.HasErrors, state.Live?.Version.Sequence,
            [.. state.Diagnostics.Select(d => ProcedureViews.Diagnostic(d, language))]));
    }

    static bool Matches(WorkflowDefinition definition, string? q, string? field, string? level, string? agency, Channel? channel)
    {
        var facts = definition.Facts;
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = Fold(q);
            if (!new[] { facts.Code, facts.Name, facts.Field, facts.ExecutingAgency.Name, facts.Result }.Any(t => Fold(t).Contains(text, StringComparison.Ordinal)))
                return false;
        }
        if (!string.IsNullOrWhiteSpace(field) && Fold(facts.Field) != Fold(field)) return false;
        if (!string.IsNullOrWhiteSpace(level) && !facts.Levels.Any(l => Fold(l) == LevelWord(Fold(level)))) return false;
        if (!string.IsNullOrWhiteSpace(agency) && Fold(facts.ExecutingAgency.Code) != Fold(agency) && Fold(facts.ExecutingAgency.Name) != Fold(agency))
            return false;
        return channel is not { } c || facts.Channels.Any(x => Channels.FromEngine(x.Kind) == c);
    }

    /// <summary>A level in English as the files write it in Vietnamese (Bộ, Tỉnh, Huyện, Xã, Khác), diacritics folded.</summary>
    static string LevelWord(string folded) => folded switch
    {
        "ministry" => "bo",
        "province" => "tinh",
        "district" => "huyen",
        "commune" => "xa",
        "other" => "khac",
        _ => folded,
    };

    /// <summary>Lower case without diacritics (đ as d), single spaces: how people type a search.</summary>
    static string Fold(string? text)
    {
        var decomposed = (text ?? "").Trim().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }
            if (space) folded.Append(' ');
            space = false;
            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }
}
