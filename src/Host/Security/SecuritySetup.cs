using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Samverkan.Host.Security;

/// <summary>Registers who is acting for each request.</summary>
public static class SecuritySetup
{
    /// <summary>The header stand-in for <see cref="ICurrentUser"/>; sign-in registers its own implementation before this, or replaces it.</summary>
    public static IServiceCollection AddSamverkanCurrentUser(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddScoped<ICurrentUser, HeaderCurrentUser>();
        return services;
    }
}
