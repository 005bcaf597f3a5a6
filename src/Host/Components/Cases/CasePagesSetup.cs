namespace Samverkan.Host.Components.Cases;

/// <summary>The services behind the case list and the case page, and the links to a case from tasks and notifications.</summary>
internal static class CasePagesSetup
{
    public static IServiceCollection AddCasePages(this IServiceCollection services)
    {
        services.AddSingleton<CaseDirectory>();
        services.AddSingleton<CaseFileLoader>();
        services.AddSingleton<Shared.CaseLinks>();
        return services;
    }
}
