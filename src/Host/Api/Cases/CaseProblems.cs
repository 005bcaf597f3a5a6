using Microsoft.AspNetCore.Http.HttpResults;
using Samverkan.Host.Cases;

namespace Samverkan.Host.Api.Cases;

/// <summary>Turns what the case services refuse into problem documents, for the case and consent endpoints.</summary>
internal static class CaseProblems
{
    public static RouteGroupBuilder WithCaseProblems(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (CaseException refused)
            {
                var status = StatusOf(refused.Kind);
                context.HttpContext.RequestServices.GetRequiredService<ApiLog>().Refused(status, refused.Kind.ToString());
                return refused.Field is { } field
                    ? ApiProblems.Result(status, $"{field}: {refused.Message}", new[] { ProblemError.ForField(field, refused.Message) }, "A value is not acceptable")
                    : ApiProblems.Result(status, refused.Message);
            }
        });

    /// <summary>A process for a case is started (or reached by a message) only by staff of an organisation that takes part in it.</summary>
    public static ProblemHttpResult NotTakingPart(string field) =>
        ApiProblems.Result(StatusCodes.Status403Forbidden, "The business key is a case your organisation does not take part in.",
            new[] { ProblemError.ForField(field, "Din organisation deltar inte i ärendet.") });

    public static int StatusOf(CaseErrorKind kind) => kind switch
    {
        CaseErrorKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        CaseErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        CaseErrorKind.NotFound => StatusCodes.Status404NotFound,
        CaseErrorKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };
}
