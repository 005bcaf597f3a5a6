using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Samverkan.Host.Security;

/// <summary>Registers who is acting for each request: the claims of whoever signed in.</summary>
public static class SecuritySetup
{
    public static IServiceCollection AddSamverkanCurrentUser(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddScoped<ICurrentUser, ClaimsCurrentUser>();
        return services;
    }
}
