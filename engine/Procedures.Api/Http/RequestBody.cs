using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Procedures.Api.Contracts;
using Procedures.Api.Problems;
using Procedures.Runtime.Messages;

namespace Procedures.Api.Http;

/// <summary>
/// Reads a JSON body within a size limit and turns every way it can be wrong into a problem with field paths: not JSON,
/// not an object, an unknown property, a required one missing, a value of the wrong type. An empty body reads as
/// <c>{}</c>, so operations whose fields are all optional need none.
/// </summary>
public static class RequestBody
{
    public const int ActionLimit = 64 * 1024;
    public const int SubmissionLimit = 256 * 1024;

    public static async Task<(T? Value, ApiProblem? Problem)> ReadAsync<T>(HttpContext context, int limit) where T : class
    {
        var language = ApiLanguage.Of(context);
        var request = context.Request;
        if (request.ContentLength > limit) return (null, TooLarge(context, limit));
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;

        byte[] bytes;
        try
        {
            bytes = await ReadAllAsync(request.Body, limit, context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(context, limit));
        }
        if (bytes.Length > limit) return (null, TooLarge(context, limit));
        if (bytes.Length > 0 && !IsJson(request.ContentType))
            return (null, ApiProblems.Create(context, ProblemTypes.UnsupportedMediaType,
                ApiProblems.Say(language, $"the body is {request.ContentType ?? "untyped"}; send application/json",
                    $"nội dung có kiểu {request.ContentType ?? "không rõ"}; hãy gửi application/json")));
        var json = bytes.Length == 0 ? "{}"u8.ToArray() : bytes;

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = ApiJson.Options.MaxDepth });
        }
        catch (JsonException e)
        {
            return (null, Invalid(context, ("$", ApiProblems.Say(language,
                $"not JSON (line {Number(e.LineNumber + 1)}, byte {Number(e.BytePositionInLine + 1)})",
                $"không phải JSON (dòng {Number(e.LineNumber + 1)}, byte {Number(e.BytePositionInLine + 1)})"))));
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return (null, Invalid(context, ("$", ApiProblems.Say(language, "must be a JSON object", "phải là một đối tượng JSON"))));
            var shape = ShapeErrors(typeof(T), document.RootElement, language);
            if (shape.Length > 0) return (null, Invalid(context, shape));
            try
            {
                var value = document.RootElement.Deserialize<T>(ApiJson.Options);
                return value is null
                    ? (null, Invalid(context, ("$", ApiProblems.Say(language, "must be a JSON object", "phải là một đối tượng JSON"))))
                    : (value, null);
            }
            catch (JsonException e)
            {
                return (null, Invalid(context, (Path(e.Path), ApiProblems.Say(language,
                    "has the wrong type or an unknown value", "sai kiểu dữ liệu hoặc giá trị không hợp lệ"))));
            }
        }
    }

    /// <summary>Unknown and missing properties of the top-level object, named by the contract's own metadata.</summary>
    static (string, string)[] ShapeErrors(Type type, JsonElement root, MessageLanguage language)
    {
        var info = ApiJson.Options.GetTypeInfo(type);
        var known = info.Properties.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var given = root.EnumerateObject().Select(p => p.Name).ToList();
        var errors = new List<(string, string)>();
        foreach (var name in given.Where(n => !known.Contains(n)).Distinct(StringComparer.Ordinal))
            errors.Add((name, ApiProblems.Say(language, "is not a property of this request", "không phải thuộc tính của yêu cầu này")));
        foreach (var property in info.Properties.Where(p => p.IsRequired))
            if (!given.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
                errors.Add((property.Name, ApiProblems.Say(language, "is required", "là bắt buộc")));
        return [.. errors];
    }

    static async Task<byte[]> ReadAllAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            using var collected = new MemoryStream();
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                collected.Write(buffer, 0, read);
                // One byte past the limit is enough to know; the rest is never buffered.
                if (collected.Length > limit) break;
            }
            return collected.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    static bool IsJson(string? contentType) =>
        contentType is not null && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.Split(';')[0].Trim().EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    static ApiProblem TooLarge(HttpContext context, int limit) =>
        ApiProblems.Create(context, ProblemTypes.PayloadTooLarge, ApiProblems.Say(ApiLanguage.Of(context),
            $"the body may hold at most {Number(limit)} bytes", $"nội dung tối đa {Number(limit)} byte"));

    static ApiProblem Invalid(HttpContext context, params (string Path, string Message)[] errors) =>
        ApiProblems.Create(context, ProblemTypes.InvalidJson, string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")))
            with { Errors = ApiProblems.Errors(errors) };

    static string Path(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "$" : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;

    static string Number(long? value) => (value ?? 0).ToString(CultureInfo.InvariantCulture);
}
