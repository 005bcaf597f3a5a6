using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Samverkan.Host.Api;

/// <summary>Builds the API's RFC 9457 problem documents, so every error has the same shape.</summary>
internal static class ApiProblems
{
    public const string ErrorsKey = "errors";

    public static ProblemDetails Create(int status, string detail, object? errors = null, string? title = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title ?? TitleFor(status), Detail = detail };
        if (errors is not null)
        {
            problem.Extensions[ErrorsKey] = errors;
        }
        return problem;
    }

    public static ProblemHttpResult Result(int status, string detail, object? errors = null, string? title = null) =>
        TypedResults.Problem(Create(status, detail, errors, title));

    /// <summary>The status's reason phrase, as the framework titles the problems it writes itself (404 for an unknown route).</summary>
    /// <summary>A 422 naming each field that was refused and why; <paramref name="detail"/> says nothing was changed.</summary>
    public static ProblemHttpResult Unprocessable(string detail, IEnumerable<(string Field, string Message)> errors) =>
        Result(StatusCodes.Status422UnprocessableEntity, detail, errors.Select(e => ProblemError.ForField(e.Field, e.Message)).ToList());

    public static string TitleFor(int status) => ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";

    /// <summary>Fills what every problem carries: where it happened and the trace id to find it in the logs.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var http = context.HttpContext;
        // A URI reference (RFC 9457): escaped as it was requested, not the decoded path (which may hold quotes and spaces).
        problem.Instance ??= http.Request.Path.ToUriComponent();
        problem.Detail ??= (problem.Status ?? http.Response.StatusCode) switch
        {
            StatusCodes.Status404NotFound => $"Nothing is found at {http.Request.Method} {http.Request.Path}.",
            StatusCodes.Status405MethodNotAllowed => $"{http.Request.Path} does not answer {http.Request.Method}.",
            StatusCodes.Status415UnsupportedMediaType =>
                $"{http.Request.Method} {http.Request.Path} does not accept '{http.Request.ContentType ?? "(no content type)"}'; the API reference at /api/docs lists what it does.",
            _ => problem.Title,
        };
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
    }
}
