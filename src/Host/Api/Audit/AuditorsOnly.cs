using Samverkan.Host.Security;

namespace Samverkan.Host.Api.Audit;

/// <summary>Lets only auditors (role granskare) through, via <see cref="ICurrentUser"/>; the policy layer of sign-in replaces it.</summary>
internal static class AuditorsOnly
{
    public static RouteGroupBuilder RequireAuditor(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var user = context.HttpContext.RequestServices.GetRequiredService<ICurrentUser>();
            if (user.IsAnonymous)
            {
                return ApiProblems.Result(StatusCodes.Status401Unauthorized, "Sign in first: the access log is for auditors (role granskare).");
            }
            return user.IsInRole(Roles.Granskare)
                ? await next(context)
                : ApiProblems.Result(StatusCodes.Status403Forbidden, "Only auditors (role granskare) may read the access log.");
        });
}
