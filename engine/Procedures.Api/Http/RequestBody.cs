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
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = ApiJson.Options.MaxDepth, AllowDuplicateProperties = false });
        }
        catch (ArgumentException)
        {
            // Bytes that are not UTF-8.
            return (null, Invalid(context, ("$", ApiProblems.Say(language, "is not text in UTF-8", "không phải văn bản mã UTF-8"))));
        }
        catch (JsonException)
        {
            return (null, Invalid(context, ("$", JsonFaults.Describe(json, ApiJson.Options.MaxDepth, language))));
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return (null, Invalid(context, ("$", ApiProblems.Say(language, "must be a JSON object", "phải là một đối tượng JSON"))));
            try
            {
                var shape = ShapeErrors(typeof(T), document.RootElement, language);
                if (shape.Length > 0) return (null, Invalid(context, shape));
                if (NulAt(document.RootElement, "") is { } nul)
                    return (null, Invalid(context, (nul, ApiProblems.Say(language,
                        "may not hold the character U+0000", "không được chứa ký tự U+0000"))));
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
            catch (InvalidOperationException)
            {
                // A name or string that is not UTF-8: the parser checks the structure, decoding finds the bytes.
                return (null, Invalid(context, ("$", ApiProblems.Say(language, "holds text that is not UTF-8", "có văn bản không mã hóa UTF-8"))));
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

    /// <summary>
    /// The path of the first name or text holding U+0000: it means nothing in a dossier, and PostgreSQL cannot store it,
    /// so it is refused here on either database.
    /// </summary>
    static string? NulAt(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return element.GetString()!.Contains('\0', StringComparison.Ordinal) ? (path.Length == 0 ? "$" : path) : null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var inner = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if (property.Name.Contains('\0', StringComparison.Ordinal)) return inner;
                    if (NulAt(property.Value, inner) is { } found) return found;
                }
                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    if (NulAt(item, $"{path}[{index++}]") is { } found) return found;
                return null;
            default:
                return null;
        }
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

    static ApiProblem Invalid(HttpContext context, params (string Path, string Message)[] errors)
    {
        var problem = ApiProblems.Create(context, ProblemTypes.InvalidJson, string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")));
        return problem with { Errors = ApiProblems.Errors(errors) };
    }

    static string Path(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "$" : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;

    static string Number(long? value) => (value ?? 0).ToString(CultureInfo.InvariantCulture);
}
