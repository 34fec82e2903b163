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
            request.Channel is { } channel ? Channels.ToEngine(channel) : null, data, DossierId: row.DossierId), context.RequestAborted);
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

    /// <summary>What makes two submissions the same request: procedure, channel, data (by field name) and documents.</summary>
    static string Hash(string code, SubmitRequest request)
    {
        var text = new StringBuilder().Append(code).Append('\n').Append(request.Channel?.ToString() ?? "").Append('\n');
        foreach (var (name, value) in (request.Data ?? ImmutableDictionary<string, JsonElement>.Empty).OrderBy(p => p.Key, StringComparer.Ordinal))
            text.Append(name).Append('=').Append(value.GetRawText()).Append('\n');
        foreach (var document in (request.Documents ?? []).Order(StringComparer.Ordinal))
            text.Append("doc=").Append(document).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    static bool ValidKey(string key) => key.Length is > 0 and <= 200 && key.All(c => c is >= '!' and <= '~' or ' ');
}
