namespace Samverkan.Host.Components.Cases;

/// <summary>The services behind the case list and the case page.</summary>
internal static class CasePagesSetup
{
    public static IServiceCollection AddCasePages(this IServiceCollection services)
    {
        services.AddSingleton<CaseDirectory>();
        services.AddSingleton<CaseFileLoader>();
        return services;
    }
}
