using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Procedures.Api.Problems;

namespace Procedures.Api.Http;

/// <summary>
/// Under the API's path, turns what would leave without a body into a problem: a bare error status from the framework
/// (no route for this method: 405; a request the server could not read) and any exception (500, logged, never shown).
/// </summary>
internal sealed class ProblemMiddleware(RequestDelegate next, PathString root, ILogger<ProblemMiddleware> log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(root))
        {
            await next(context);
            return;
        }
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await ApiProblems.WriteAsync(context, ApiProblems.Create(context, ProblemTypes.ForStatus(e.StatusCode)));
            return;
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            log.LogError(e, "Request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await ApiProblems.WriteAsync(context, ApiProblems.Create(context, ProblemTypes.InternalError));
            return;
        }
        var response = context.Response;
        if (response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null or 0 && string.IsNullOrEmpty(response.ContentType))
            await ApiProblems.WriteAsync(context, ApiProblems.Create(context, ProblemTypes.ForStatus(response.StatusCode)));
    }
}
