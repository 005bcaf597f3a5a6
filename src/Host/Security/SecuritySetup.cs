using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Samverkan.Host.Security;

/// <summary>Registers who is acting for each request (the claims of whoever signed in) and what they may do with tasks.</summary>
public static class SecuritySetup
{
    public static IServiceCollection AddSamverkanCurrentUser(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddScoped<ICurrentUser, ClaimsCurrentUser>();
        services.TryAddSingleton<TaskAccess>();
        return services;
    }
}
