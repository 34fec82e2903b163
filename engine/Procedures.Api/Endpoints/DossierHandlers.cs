using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NodaTime;
using Procedures.Api.Access;
using Procedures.Api.Contracts;
using Procedures.Api.Http;
using Procedures.Api.Problems;
using Procedures.Api.Views;
using Procedures.Engine;
using Procedures.Persistence.Rows;
using Procedures.Runtime.Messages;
using Procedures.Workflows;

namespace Procedures.Api.Endpoints;

internal sealed partial class ProcedureApi
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>
    /// A portal hands a dossier in. With an <c>Idempotency-Key</c>, the first attempt's dossier is what every retry of the
    /// same request gets (201 again, with <c>Idempotent-Replayed: true</c>), however the attempts interleave.
    /// </summary>
    public async Task<IResult> SubmitAsync(HttpContext context, string code, string? idempotencyKey)
    {
        var caller = Caller.From(context.User);
        if (!caller.Authenticated) return Unauthenticated(context);
        if (!caller.IsPortal) return Forbidden(context, "only a portal submits dossiers", "chỉ cổng dịch vụ công được nộp hồ sơ");
        // Read from the request itself: an empty or repeated header is a mistake, not the absence of a key.
        var keys = context.Request.Headers[IdempotencyKeyHeader];
        idempotencyKey = keys.Count == 0 ? null : keys.Count == 1 ? keys[0] ?? "" : "";
        if (idempotencyKey is not null && !ValidKey(idempotencyKey))
            return InvalidRequest(context, $"header.{IdempotencyKeyHeader}", "must be 1 to 200 visible ASCII characters",
                "phải gồm 1 đến 200 ký tự ASCII in được");
        var (request, problem) = await RequestBody.ReadAsync<SubmitRequest>(context, RequestBody.SubmissionLimit);
        if (problem is not null) return Problem(context, problem);

        if (FilingTimeProblem(request!, ApiLanguage.Of(context)) is { } filing)
        {
            var invalid = ApiProblems.Create(context, ProblemTypes.ValidationFailed, $"{FilingTimePath}: {filing}");
            return Problem(context, invalid with { Errors = ApiProblems.Errors((FilingTimePath, filing)) });
        }

        await engine.StartAsync(context.RequestAborted);
        if (engine.Library.Live(code) is not { } definition) return ProcedureNotFound(context, code);
        var documents = (request!.Documents ?? []).ToArray();
        if (UnknownDocuments(definition, documents, ApiLanguage.Of(context)) is { Count: > 0 } unknown)
        {
            var invalid = ApiProblems.Create(context, ProblemTypes.ValidationFailed, string.Join("; ", unknown.Select(e => $"{e.Path}: {e.Message}")));
            return Problem(context, invalid with { Errors = ApiProblems.Errors([.. unknown]) });
        }

        var row = new SubmissionRow
        {
            DossierId = Guid.CreateVersion7().ToString(),
            Portal = caller.Portal!,
            ProcedureCode = code,
            IdempotencyKey = idempotencyKey,
            RequestHash = Hash(code, request),
            DocumentsJson = JsonSerializer.Serialize(documents.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
            CreatedAt = Instant.FromDateTimeOffset(clock.GetUtcNow()),
        };
        return await SubmitAsync(context, code, definition, request, row);
    }

    /// <summary>The submission's writes: its row in the ledger, then the engine's transaction (or the first attempt's dossier).</summary>
    private async Task<IResult> SubmitAsync(HttpContext context, string code, WorkflowDefinition definition, SubmitRequest request, SubmissionRow row)
    {
        var (claimed, held) = await writes.RunAsync(() => ledger.ClaimAsync(row, context.RequestAborted), context.RequestAborted);
        if (!claimed)
        {
            if (held.RequestHash != row.RequestHash)
                return Problem(context, ProblemTypes.IdempotencyKeyReused, ApiProblems.Say(ApiLanguage.Of(context),
                    $"the key was first used for another request (dossier {held.DossierId})",
                    $"khóa đã được dùng cho một yêu cầu khác (hồ sơ {held.DossierId})"));
            if (await engine.ReadAsync(held.DossierId, context.RequestAborted) is { } first)
                return Created(context, first, definition, Supplied(held), replayed: true);
            // The first attempt never reached the engine (or is still on its way): this one makes the dossier.
            row = held;
        }

        var data = (request.Data ?? ImmutableDictionary<string, JsonElement>.Empty)
            .ToImmutableSortedDictionary(p => p.Key, p => p.Value.Clone(), StringComparer.Ordinal);
        var result = await engine.SubmitAsync(code, new Submission(
            request.Channel is { } channel ? Channels.ToEngine(channel) : null, data,
            request.SubmittedAt is { } filed ? Instant.FromDateTimeOffset(filed) : null, row.DossierId), context.RequestAborted);
        switch (result.Status)
        {
            case EngineStatus.Done:
                return Created(context, result.Dossier!, definition, Supplied(row), replayed: false);
            case EngineStatus.Conflict when result.Dossier is { } twin:
                return Created(context, twin, definition, Supplied(row), replayed: true);
            case EngineStatus.NotFound:
                await writes.RunAsync(() => ledger.ForgetAsync(row.DossierId, CancellationToken.None), CancellationToken.None);
                return ProcedureNotFound(context, code);
            default:
                await writes.RunAsync(() => ledger.ForgetAsync(row.DossierId, CancellationToken.None), CancellationToken.None);
                return Refused(context, result.Refusal!);
        }
    }

    public async Task<IResult> DossierAsync(HttpContext context, string dossier)
    {
        var caller = Caller.From(context.User);
        if (!caller.Authenticated) return Unauthenticated(context);
        await engine.StartAsync(context.RequestAborted);
        return await LoadAsync(caller, dossier, context.RequestAborted) is { } loaded
            ? Dossier(context, loaded)
            : DossierNotFound(context, dossier);
    }

    private IResult Created(HttpContext context, Persistence.StoredDossier stored, WorkflowDefinition definition, IReadOnlyCollection<string> supplied, bool replayed)
    {
        if (replayed) context.Response.Headers[ReplayedHeader] = "true";
        context.Response.Headers.Location = $"{DossiersPath(context)}/{Uri.EscapeDataString(stored.Instance.DossierId)}";
        var pinned = engine.Library.Version(stored.Instance.DefinitionId, stored.Instance.DefinitionVersion) ?? definition;
        return Dossier(context, stored, pinned, supplied, StatusCodes.Status201Created);
    }

    /// <summary>The dossiers collection under the same API root as this request (…/v1/procedures/x/dossiers → …/v1/dossiers).</summary>
    private static string DossiersPath(HttpContext context)
    {
        var path = context.Request.PathBase.Add(context.Request.Path).Value ?? "";
        var at = path.LastIndexOf("/procedures/", StringComparison.Ordinal);
        return (at >= 0 ? path[..at] : "") + "/dossiers";
    }

    /// <summary>An engine refusal: invalid data with a path per field, anything else with its code.</summary>
    private static IResult Refused(HttpContext context, Refusal refusal)
    {
        if (refusal.Code != RefusalCatalogue.InvalidData.Code || refusal.Details.IsDefaultOrEmpty)
            return Problem(context, ApiProblems.From(context, ProblemTypes.Refused, refusal));
        var language = ApiLanguage.Of(context);
        var errors = refusal.Details.Select(d => ("data." + (d.Arguments.FirstOrDefault() ?? ""), d.Message(language))).ToArray();
        return Problem(context, ApiProblems.From(context, ProblemTypes.ValidationFailed, refusal) with { Errors = ApiProblems.Errors(errors) });
    }

    static List<(string Path, string Message)> UnknownDocuments(WorkflowDefinition definition, string[] documents, MessageLanguage language)
    {
        var known = definition.Facts.Documents.All.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var errors = new List<(string, string)>();
        for (var i = 0; i < documents.Length; i++)
            if (!known.Contains(documents[i] ?? ""))
                errors.Add(($"documents[{i}]", ApiProblems.Say(language,
                    $"\"{documents[i]}\" is not a document of procedure {definition.DefinitionId}; its documents: {string.Join(", ", known.Order(StringComparer.Ordinal))}",
                    $"\"{documents[i]}\" không phải giấy tờ của thủ tục {definition.DefinitionId}; giấy tờ của thủ tục: {string.Join(", ", known.Order(StringComparer.Ordinal))}")));
        return errors;
    }

    private const string FilingTimePath = "submittedAt";

    /// <summary>
    /// Why the request's filing time cannot stand, or null. Only the postal channel has a filing time apart from the
    /// moment the dossier reaches the API: the hand-over record signed with the postal service, or the postmark where
    /// sector law counts it (Decision 45/2016/QĐ-TTg; unemployment benefit). A time to come is no filing.
    /// </summary>
    private string? FilingTimeProblem(SubmitRequest request, MessageLanguage language)
    {
        if (request.SubmittedAt is not { } filed) return null;
        if (request.Channel != Channel.Postal)
            return ApiProblems.Say(language,
                "only a postal dossier gives its filing time (the hand-over record or the postmark, Decision 45/2016/QĐ-TTg); a dossier of another channel is filed when it is received here",
                "chỉ hồ sơ gửi qua bưu chính mới ghi thời điểm nộp (biên bản giao nhận hoặc dấu bưu điện, Quyết định 45/2016/QĐ-TTg); hồ sơ qua kênh khác được tính là nộp khi hệ thống nhận được");
        var now = clock.GetUtcNow();
        if (filed > now)
        {
            return ApiProblems.Say(language,
                $"{Vietnam(filed)} is later than now ({Vietnam(now)}): a dossier cannot be filed in the future",
                $"{Vietnam(filed)} muộn hơn thời điểm hiện tại ({Vietnam(now)}): hồ sơ không thể nộp ở thời điểm tương lai");
        }
        return null;
    }

    static string Vietnam(DateTimeOffset time) =>
        time.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What makes two submissions the same request: procedure, channel, data (by field name), documents and filing time.</summary>
    static string Hash(string code, SubmitRequest request)
    {
        var text = new StringBuilder().Append(code).Append('\n').Append(request.Channel?.ToString() ?? "").Append('\n');
        foreach (var (name, value) in (request.Data ?? ImmutableDictionary<string, JsonElement>.Empty).OrderBy(p => p.Key, StringComparer.Ordinal))
            text.Append(name).Append('=').Append(value.GetRawText()).Append('\n');
        foreach (var document in (request.Documents ?? []).Order(StringComparer.Ordinal))
            text.Append("doc=").Append(document).Append('\n');
        // Only when given, so that the requests made before the field existed hash as they did.
        if (request.SubmittedAt is { } filed)
            text.Append("at=").Append(filed.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    static bool ValidKey(string key) => key.Length is > 0 and <= 200 && key.All(c => c is >= '!' and <= '~' or ' ');
}
