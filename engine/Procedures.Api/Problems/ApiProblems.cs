using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Procedures.Api.Contracts;
using Procedures.Api.Http;
using Procedures.Runtime.Messages;

namespace Procedures.Api.Problems;

/// <summary>Builds and writes <c>application/problem+json</c> responses in the caller's language.</summary>
public static class ApiProblems
{
    public const string ContentType = "application/problem+json";

    public static ApiProblem Create(HttpContext context, ProblemType type, string? detail = null) =>
        new(type.Uri, type.Title(ApiLanguage.Of(context)), type.Status, detail, context.Request.Path.Value)
        {
            TraceId = Activity.Current?.Id ?? context.TraceIdentifier,
        };

    /// <summary>A problem whose detail is the engine's refusal, with its code.</summary>
    public static ApiProblem From(HttpContext context, ProblemType type, Refusal refusal) =>
        Create(context, type, refusal.Message(ApiLanguage.Of(context))) with { Code = refusal.Code };

    public static IResult Result(HttpContext context, ApiProblem problem)
    {
        ApiLanguage.Stamp(context, ApiLanguage.Of(context));
        return Results.Json(problem, ApiJson.Options, ContentType, problem.Status);
    }

    public static IResult Result(HttpContext context, ProblemType type, string? detail = null) => Result(context, Create(context, type, detail));

    public static async Task WriteAsync(HttpContext context, ApiProblem problem)
    {
        context.Response.StatusCode = problem.Status;
        ApiLanguage.Stamp(context, ApiLanguage.Of(context));
        await context.Response.WriteAsJsonAsync(problem, ApiJson.Options, ContentType, context.RequestAborted);
    }

    /// <summary>A field path's messages, for <see cref="ApiProblem.Errors"/>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Errors(params (string Path, string Message)[] errors) =>
        errors.GroupBy(e => e.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(e => e.Message)], StringComparer.Ordinal);

    public static string Say(MessageLanguage language, string english, string vietnamese) =>
        language == MessageLanguage.English ? english : vietnamese;
}
