using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Samverkan.Rules.Evaluation;
using Samverkan.Rules.Parameters;
using Samverkan.Rules.RuleSets;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.VersionMigration;

namespace Samverkan.Host.Api;

/// <summary>
/// Turns what the engine refused and what could not be bound into problem documents. Nothing here logs the
/// exception's message: it may quote business keys, user names or variable values.
/// </summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ApiLog log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (ToProblem(exception) is not { } problem)
        {
            return false;
        }
        log.Refused(problem.Status!.Value, exception.GetType().Name);
        http.Response.StatusCode = problem.Status.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    internal static ProblemDetails? ToProblem(Exception exception) => exception switch
    {
        FormValidationException form => ApiProblems.Create(StatusCodes.Status422UnprocessableEntity,
            "Some form fields are missing or invalid; nothing was changed.",
            form.Errors.Select(e => ProblemError.ForField(e.Field, e.Message)).ToList(), "The form has errors"),
        VariableException variable => ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, variable.Message,
            new[] { ProblemError.ForField(variable.Variable, variable.Message) }, "A variable is not acceptable"),
        RequestFieldException field => ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, field.Message,
            new[] { ProblemError.ForField(field.Field, field.Message) }, "The request is incomplete"),
        MigrationRefusedException refused => ApiProblems.Create(
            refused.Kind == EngineErrorKind.Invalid ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict,
            refused.Message, refused.Problems.Select(p => ProblemError.ForMigration(p)).ToList(),
            refused.Kind == EngineErrorKind.Invalid ? "The migration plan is not valid" : "The instance cannot move to that version"),
        EngineException engine => ApiProblems.Create(engine.Kind switch
        {
            EngineErrorKind.NotFound => StatusCodes.Status404NotFound,
            EngineErrorKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        }, engine.Message),
        RuleSetValidationException invalid => ApiProblems.Create(StatusCodes.Status422UnprocessableEntity,
            $"The rule set has {invalid.Errors.Count} error(s); nothing was saved.",
            invalid.Errors.Select(ProblemError.From).ToList(), "The rule set cannot be saved"),
        RuleEvaluationException failed => ApiProblems.Create(StatusCodes.Status422UnprocessableEntity,
            $"Rule set '{failed.RuleSet}' version {failed.Version} errored for this input; an error is never a \"no\".",
            failed.Errors.Select(ProblemError.From).ToList(), "The rule set could not be evaluated"),
        RuleSetNotFoundException missing => ApiProblems.Create(StatusCodes.Status404NotFound, missing.Message),
        ParameterNotFoundException missing => ApiProblems.Create(StatusCodes.Status404NotFound, missing.Message),
        InvalidParameterValueException value => ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, value.Message,
            new[] { ProblemError.ForField("value", value.Message) }, "The value does not fit the parameter"),
        ConcurrencyConflictException => ApiProblems.Create(StatusCodes.Status409Conflict,
            "Others changed the same instance at the same moment, again and again; try again."),
        BadHttpRequestException { InnerException: JsonException json } => FromJson(json),
        BadHttpRequestException bad => ApiProblems.Create(bad.StatusCode, Describe(bad)),
        _ => null,
    };

    private static ProblemDetails FromJson(JsonException json)
    {
        var path = json.Path ?? "$";
        var line = json.LineNumber is { } l ? (int)l + 1 : (int?)null;
        var position = json.BytePositionInLine is { } p ? $", byte {p + 1}" : "";
        var message = Describe(json);
        return ApiProblems.Create(StatusCodes.Status400BadRequest,
            $"The JSON body cannot be read at {path} (line {line ?? 1}{position}): {message}",
            new[] { new ProblemError(message, Line: line, Field: path) });
    }

    // System.Text.Json and parameter binding speak of our CLR types; callers know the JSON fields, so say it in their terms.
    private static string Describe(JsonException json)
    {
        var message = json.Message.Split(" Path: ")[0];
        if (MissingProperties().Match(message) is { Success: true } missing)
        {
            return $"Required properties are missing: {missing.Groups[1].Value}.";
        }
        if (message.Contains("doesn't allow null values", StringComparison.Ordinal))
        {
            return "This value may not be null.";
        }
        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return "This value does not have the expected type.";
        }
        return message.Replace(" Change the reader options.", "", StringComparison.Ordinal);
    }

    private static string Describe(BadHttpRequestException bad) =>
        bad.Message.StartsWith("Implicit body inferred", StringComparison.Ordinal) || bad.Message.EndsWith("was not provided from body.", StringComparison.Ordinal)
            ? "The request needs a JSON body."
            : ParameterTypes().Replace(bad.Message, "\"$1\"");

    [GeneratedRegex("missing required properties including: (.+?)\\.?$")]
    private static partial Regex MissingProperties();

    // Binding names a parameter with its type ("int page"): keep the name only.
    [GeneratedRegex(@"""[\w.`<>?\[\], ]+ (\w+)""")]
    private static partial Regex ParameterTypes();
}
