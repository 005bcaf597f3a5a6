
namespace Samverkan.Host.Components.Manager;

/// <summary>The services of the manager's pages: rules and parameters, and reports.</summary>
internal static class ManagerSetup
{
    public static IServiceCollection AddManagerPages(this IServiceCollection services) => services
        .AddScoped<ParameterChanges>()
        .AddScoped<RedThreadDryRun>()
        .AddScoped<ReportQueries>();
}
