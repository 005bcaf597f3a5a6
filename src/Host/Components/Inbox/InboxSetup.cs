using Samverkan.Host.Components.Start;

namespace Samverkan.Host.Components.Inbox;

/// <summary>The services behind the inbox, task and start pages.</summary>
internal static class InboxSetup
{
    public static IServiceCollection AddInboxPages(this IServiceCollection services)
    {
        services.AddSingleton<InboxQueries>();
        services.AddSingleton<TaskActions>();
        services.AddSingleton<TaskContextLoader>();
        services.AddSingleton<CaseStarter>();
        return services;
    }
}
