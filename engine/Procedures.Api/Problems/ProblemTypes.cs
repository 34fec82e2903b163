using System.Collections.Frozen;
using System.Reflection;

namespace Procedures.Api.Problems;

/// <summary>Every problem type of the API, documented in README.md and in the OpenAPI document.</summary>
public static class ProblemTypes
{
    static ProblemType P(string slug, int status, string en, string vi, string meaning) => new(slug, status, en, vi, meaning);

    public static readonly ProblemType InvalidJson = P("invalid-json", 400,
        "The request body is not valid JSON for this operation", "Nội dung yêu cầu không phải JSON hợp lệ cho thao tác này",
        "The body is not JSON (cut off before its end, not well-formed, nested too deep, a property named twice, not UTF-8), or a value has the wrong type, or a property is unknown or missing; `errors` maps each JSON path to what is wrong.");
    public static readonly ProblemType InvalidRequest = P("invalid-request", 400,
        "A parameter or header of the request is not valid", "Tham số hoặc tiêu đề của yêu cầu không hợp lệ",
        "A query parameter or header is malformed, too long or names nothing known (a day that is not yyyy-MM-dd, a period that ends before it starts, an unknown agency or procedure in a report); `errors` names each (`query.from`, `header.Idempotency-Key`).");
    public static readonly ProblemType Unauthenticated = P("unauthenticated", 401,
        "A valid bearer token is required", "Cần mã truy cập (bearer token) hợp lệ",
        "No token, or a token that is expired, not signed by the configured key or issuer, or for another audience.");
    public static readonly ProblemType Forbidden = P("forbidden", 403,
        "The caller's role does not allow this", "Vai trò của người gọi không được phép làm việc này",
        "The token's role, agency or unit does not allow the operation (an officer acts only on steps of their own unit of their own agency).");
    public static readonly ProblemType NotFound = P("not-found", 404,
        "There is no such resource", "Không có tài nguyên này",
        "The path matches no operation of the API.");
    public static readonly ProblemType ProcedureNotFound = P("procedure-not-found", 404,
        "There is no such procedure", "Không có thủ tục này",
        "No procedure has this code, or none of its versions ever compiled clean (`code` PRC5060 or PRC5061).");
    public static readonly ProblemType DossierNotFound = P("dossier-not-found", 404,
        "There is no such dossier", "Không có hồ sơ này",
        "No dossier has this id or number, or the caller may not see it (a dossier of another portal or agency is not found, so numbers cannot be probed); `code` PRC5062.");
    public static readonly ProblemType MethodNotAllowed = P("method-not-allowed", 405,
        "This method is not allowed here", "Không dùng được phương thức này ở đây",
        "The path exists but not with this HTTP method.");
    public static readonly ProblemType StaleRevision = P("stale-revision", 412,
        "The dossier has changed since it was read", "Hồ sơ đã thay đổi từ lần đọc trước",
        "`If-Match` does not name the dossier's current revision (or another action won the race); `dossier` is its current state and the response's ETag its revision. `code` PRC5063.");
    public static readonly ProblemType PayloadTooLarge = P("payload-too-large", 413,
        "The request body is too large", "Nội dung yêu cầu quá lớn",
        "The body is larger than the limit (64 KiB for an action, 256 KiB for a submission).");
    public static readonly ProblemType UnsupportedMediaType = P("unsupported-media-type", 415,
        "The request body must be application/json", "Nội dung yêu cầu phải là application/json",
        "A body was sent with another Content-Type.");
    public static readonly ProblemType ValidationFailed = P("validation-failed", 422,
        "The dossier does not match what the procedure asks for", "Hồ sơ không khớp với yêu cầu của thủ tục",
        "The data or the documents supplied do not match the procedure's declaration, or the filing time does not fit the channel (only a postal dossier gives one, never in the future); `errors` maps each path (`data.HọTên`, `documents[1]`, `submittedAt`) to what is wrong, `code` is PRC5040 when the engine checked the data.");
    public static readonly ProblemType Refused = P("refused", 422,
        "The engine refused the request", "Hệ thống từ chối yêu cầu",
        "The procedure's rules do not allow the action now (an outcome the step does not have, a second apology, a channel the procedure does not offer…); `code` is the refusal's stable PRC code and `detail` its message.");
    public static readonly ProblemType IdempotencyKeyReused = P("idempotency-key-reused", 422,
        "The Idempotency-Key was used for a different request", "Idempotency-Key đã được dùng cho một yêu cầu khác",
        "A submission with this key and a different body or procedure was made before; a retry must repeat the first request exactly.");
    public static readonly ProblemType IfMatchRequired = P("if-match-required", 428,
        "If-Match with the dossier's revision is required", "Cần tiêu đề If-Match mang phiên bản hiện tại của hồ sơ",
        "Every action must carry `If-Match` with the ETag read from the dossier, so that nobody acts on a state they have not seen.");
    public static readonly ProblemType InternalError = P("internal-error", 500,
        "The server failed to handle the request", "Máy chủ không xử lý được yêu cầu",
        "An unexpected failure; nothing of the request was half-done (every transition is one transaction). `traceId` identifies it in the server's log.");

    static readonly FrozenDictionary<string, ProblemType> bySlug = typeof(ProblemTypes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => f.GetValue(null)).OfType<ProblemType>()
        .ToFrozenDictionary(p => p.Slug);

    public static IReadOnlyCollection<ProblemType> All => [.. bySlug.Values.OrderBy(p => p.Status).ThenBy(p => p.Slug, StringComparer.Ordinal)];

    /// <summary>The type a bare status code stands for, when nothing more precise is known.</summary>
    public static ProblemType ForStatus(int status) => status switch
    {
        400 => InvalidRequest,
        401 => Unauthenticated,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        412 => StaleRevision,
        413 => PayloadTooLarge,
        415 => UnsupportedMediaType,
        428 => IfMatchRequired,
        _ when status >= 500 => InternalError,
        _ => InvalidRequest,
    };
}
