using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Procedures.Api.Http;

/// <summary>The dossier's revision as a strong ETag (<c>"7"</c>) and the <c>If-Match</c> that must name it.</summary>
public static class Revisions
{
    public static string ETag(int revision) => "\"" + revision.ToString(CultureInfo.InvariantCulture) + "\"";

    public static void Stamp(HttpContext context, int revision) => context.Response.Headers[HeaderNames.ETag] = ETag(revision);

    /// <summary>
    /// What <c>If-Match</c> says: <see cref="Precondition.Missing"/> without one (or with <c>*</c>, which names no revision),
    /// <see cref="Precondition.Matches"/> when one of its strong tags is the current revision, else
    /// <see cref="Precondition.Stale"/> (RFC 9110 §13.1.1: weak tags never match).
    /// </summary>
    public static Precondition Check(HttpContext context, int current)
    {
        var header = context.Request.Headers.IfMatch;
        if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace)) return Precondition.Missing;
        if (!EntityTagHeaderValue.TryParseStrictList(header, out var tags) || tags.Count == 0) return Precondition.Stale;
        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any))) return Precondition.Missing;
        var expected = ETag(current);
        return tags.Any(t => !t.IsWeak && t.Tag.Value == expected) ? Precondition.Matches : Precondition.Stale;
    }
}

public enum Precondition
{
    Missing,
    Matches,
    Stale,
}
