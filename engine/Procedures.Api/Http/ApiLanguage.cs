using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Procedures.Runtime.Messages;

namespace Procedures.Api.Http;

/// <summary>
/// The caller's language from <c>Accept-Language</c>: English when the caller prefers it to Vietnamese, else Vietnamese
/// (the users' language, and the default when the header is missing, malformed or names neither).
/// </summary>
public static class ApiLanguage
{
    public static MessageLanguage Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var accepted = context.Request.GetTypedHeaders().AcceptLanguage;
        foreach (var language in accepted.OrderByDescending(l => l.Quality ?? 1.0))
        {
            if (language.Quality is 0) continue;
            var tag = language.Value.Value ?? "";
            if (tag.StartsWith("vi", StringComparison.OrdinalIgnoreCase)) return MessageLanguage.Vietnamese;
            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return MessageLanguage.English;
        }
        return MessageLanguage.Vietnamese;
    }

    public static string Tag(MessageLanguage language) => language == MessageLanguage.English ? "en" : "vi";

    /// <summary>Says which language the body is in and that it depends on the request's header.</summary>
    public static void Stamp(HttpContext context, MessageLanguage language)
    {
        context.Response.Headers[HeaderNames.ContentLanguage] = Tag(language);
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
    }
}
