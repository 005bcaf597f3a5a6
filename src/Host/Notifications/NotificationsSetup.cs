using Hangfire;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Samverkan.Host.Notifications.Api;
using Samverkan.Host.Notifications.Email;
using Samverkan.Host.Notifications.Engine;
using Samverkan.Host.Notifications.Recipients;
using Samverkan.Host.Persistence;
using Samverkan.Host.Security;
using Samverkan.Workflows.Abstractions;
using Samverkan.Shared.Persistence;

namespace Samverkan.Host.Notifications;

/// <summary>Notifications: their store, the recipient directory, live push, e-mail, the engine hooks and the API.</summary>
public static class NotificationsSetup
{
    public static WebApplicationBuilder AddSamverkanNotifications(this WebApplicationBuilder builder, bool schedulingEnabled)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<DirectoryOptions>().Bind(configuration.GetSection(DirectoryOptions.Section));
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section));
        services.AddOptions<NotificationsOptions>().Bind(configuration.GetSection(NotificationsOptions.Section));
        services.TryAddSingleton<IRecipientDirectory, ConfiguredRecipientDirectory>();

        services.AddSignalR();
        services.AddSingleton<IUserIdProvider, ClaimsUserIdProvider>();
        services.AddSingleton<NotificationFeed>();
        services.AddSingleton<INotifier, Notifier>();
        services.AddSingleton<NotificationInbox>();
        services.AddSingleton<NotificationShield>();

        services.AddSingleton<EmailOutbox>();
        services.AddSingleton(sp => new EmailDispatch(
            sp.GetRequiredService<IBackgroundJobClient>(), sp.GetRequiredService<IOptionsMonitor<SmtpOptions>>(), schedulingEnabled));
        services.AddTransient<EmailJobs>();
        if (schedulingEnabled)
        {
            services.AddHostedService<EmailOutboxSweep>();
        }

        services.AddSingleton<TaskNotificationListener>();
        services.AddSingleton<IEngineListener>(sp => sp.GetRequiredService<TaskNotificationListener>());
        services.AddSingleton<TaskNotices>();
        services.AddSingleton<TaskNoticeCatchUp>();
        services.AddHostedService<TaskNotificationWorker>();
        services.AddSingleton<IServiceTaskHandler, NotifyHandler>();
        services.AddSingleton<IServiceTaskHandler, MeetingInvitationHandler>();
        return builder;
    }

    /// <summary>Creates or upgrades the host's tables; before anything can notify.</summary>
    public static async Task InitializeNotificationsAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<HostDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.MigrateSchemaAsync(ct);
    }

    /// <summary>Sends the new-task notices a stop between the engine's commit and writing them lost; never stops the start.</summary>
    public static async Task CatchUpTaskNoticesAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        try
        {
            await services.GetRequiredService<TaskNoticeCatchUp>().RunAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            services.GetRequiredService<ILogger<TaskNoticeCatchUp>>().LogError(e, "Catching up on missed new-task notices failed");
        }
    }

    public static WebApplication UseSamverkanNotifications(this WebApplication app)
    {
        app.MapHub<NotificationsHub>(NotificationsHub.Path).RequireAuthorization(Policies.SignedIn);
        app.MapNotificationsApi();
        return app;
    }
}
