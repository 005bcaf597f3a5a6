using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Samverkan.Host.Audit;
using Samverkan.Host.Cases;
using Samverkan.Host.Components;
using Samverkan.Host.Hosting.Cluster;
using Samverkan.Host.Hosting.Health;
using Samverkan.Host.Jobs;
using Samverkan.Host.Notifications;
using Samverkan.Host.Reminders;
using Samverkan.Host.Rules;
using Samverkan.Host.Security;
using Samverkan.Host.Security.Organisations;
using Samverkan.Host.Security.Accounts;
using Samverkan.Host.Security.Hardening;
using Samverkan.Rules;
using Samverkan.Workflows;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Persistence;
using Serilog;

namespace Samverkan.Host.Hosting;

/// <summary>The service around the engine: configuration, logging, storage, Hangfire, health, telemetry and start-up deployment.</summary>
public static class HostSetup
{
    public static WebApplicationBuilder AddSamverkanHost(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.WebHost.UseUrls(configuration["Urls"] ?? "http://localhost:5080");
        // The static logger stays the bootstrap one (start-up failures); the host gets its own, so that
        // several hosts in one process (the tests) do not fight over it.
        builder.Services.AddSerilog(
            (services, logger) => logger.ReadFrom.Configuration(configuration).ReadFrom.Services(services).Enrich.FromLogContext(),
            preserveStaticLogger: true);

        builder.Services.AddOptions<SamverkanOptions>().Bind(configuration.GetSection(SamverkanOptions.Section));
        var options = configuration.GetSection(SamverkanOptions.Section).Get<SamverkanOptions>() ?? new SamverkanOptions();
        var connectionString = configuration.GetConnectionString(SamverkanOptions.ConnectionStringName) ?? "Data Source=data/samverkan.db";
        // Before AddWorkflows, whose fallback is the system clock in ticks (a test's fake clock still replaces it).
        builder.Services.TryAddSingleton<TimeProvider>(new MicrosecondClock(TimeProvider.System));
        var node = SamverkanNode.From(options);
        builder.Services.AddSingleton(node);
        builder.Services
            .AddWorkflows(o => configuration.GetSection($"{SamverkanOptions.Section}:Engine").Bind(o.Engine))
            .AddSamverkanStorage(options.Storage, options.Scheduling, connectionString);
        builder.Services.AddSamverkanRules();
        builder.Services.AddSingleton<WorkflowFolderDeployer>();
        AddScheduling(builder.Services, options, node);
        builder.AddSamverkanNotifications(options.Scheduling.Enabled);
        builder.Services.AddSamverkanCurrentUser();
        builder.Services.AddSamverkanOrganisations();
        builder.AddSamverkanAuthentication();
        builder.Services.AddSamverkanHardening();
        builder.AddSamverkanAccessLog();
        builder.AddSamverkanCases();
        builder.Services.AddSamverkanCluster(configuration, options);
        builder.AddSamverkanWeb();

        builder.Services.AddSamverkanHealth();
        builder.AddSamverkanTelemetry(node);
        return builder;
    }

    /// <summary>This node's Hangfire server; Hangfire adds the process id and a guid to make the server's id.</summary>
    public static string HangfireServerName(SamverkanNode node) => $"samverkan-{node.Name}";

    private static void AddScheduling(IServiceCollection services, SamverkanOptions options, SamverkanNode node)
    {
        var scheduling = options.Scheduling;
        // Likewise the activator: Hangfire's fallback is the static JobActivator.Current, which the last host
        // built would own, so a job could be run with another host's services.
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        services.AddTransient<EngineJobs>();
        services.AddSingleton<Samverkan.Host.VersionMigration.MigrationBatches>();
        services.AddTransient<Samverkan.Host.VersionMigration.MigrationBatchRunner>();
        services.AddSingleton<TaskReminders>();
        services.AddTransient<RecurringJobs>();
        if (!scheduling.Enabled)
        {
            return;
        }
        if (options.Storage.IsPostgreSql())
        {
            // Every node takes due timers from the engine's table; Hangfire keeps the handler and recurring jobs.
            services.AddSingleton<TimerWakeups>();
            services.AddSingleton<TimerPollerStatus>();
            services.AddSingleton<ITimerScheduler>(sp => sp.GetRequiredService<TimerWakeups>());
            services.AddHostedService<TimerPoller>();
        }
        else
        {
            services.AddSingleton<ITimerScheduler, HangfireTimerScheduler>();
        }
        services.AddSingleton<IJobScheduler, HangfireJobScheduler>();
        services.AddHangfireServer(server =>
        {
            server.SchedulePollingInterval = scheduling.PollingInterval;
            server.WorkerCount = Math.Max(1, scheduling.WorkerCount);
            server.ServerName = HangfireServerName(node);
        });
        services.AddHostedService<DueWorkSweep>();
    }

    /// <summary>Creates or migrates the database, deploys workflows/, and catches up on everything due while the service was down.</summary>
    public static async Task InitializeSamverkanAsync(this WebApplication app, CancellationToken ct = default)
    {
        var services = app.Services;
        // One node at a time on a shared database: two nodes starting together would both seed, deploy and catch up.
        await using var startup = await services.AcquireStartupLockAsync(ct);
        await services.PrepareSharedStateAsync(ct);
        await services.MigrateWorkflowsAsync(ct);
        await services.InitializeNotificationsAsync(ct);
        await services.SeedOrganisationsAsync(ct);
        await services.MigrateCasesAsync(ct);
        await services.MigrateRulesAsync(ct);
        var auth = services.GetRequiredService<IOptions<AuthOptions>>().Value;
        if (auth.IsLocal)
        {
            await services.InitializeAccountsAsync(auth.SeedDemoUsers ?? app.Environment.IsDevelopment(), ct);
        }
        var options = services.GetRequiredService<IOptions<SamverkanOptions>>().Value;
        // Rules first: the processes' business rule tasks and parameter expressions read them.
        if (Directory.Exists(options.RulesPath))
        {
            await services.DeployRulesAsync(options.RulesPath, ct);
        }
        else
        {
            app.Logger.LogWarning("No rules folder at {Folder}; no rule sets or parameters deployed", Path.GetFullPath(options.RulesPath));
        }
        await services.GetRequiredService<WorkflowFolderDeployer>().DeployAsync(options.WorkflowsPath, ct);
        await services.CatchUpTaskNoticesAsync(ct);
        if (!options.Scheduling.Enabled)
        {
            return;
        }
        var engine = services.GetRequiredService<ProcessEngine>();
        var log = services.GetRequiredService<ILogger<DueWorkSweep>>();
        await DueWorkSweep.SweepOnceAsync(engine, log, ct);
        RecurringJobs.Register(services.GetRequiredService<IRecurringJobManager>(), options.Scheduling);
        if (options.Storage.IsPostgreSql())
        {
            // Timers are polled from the engine's table and Hangfire's jobs are in the database with everything
            // else: nothing was lost, and what a node that died had claimed is taken again when its claim runs out.
            return;
        }
        // Hangfire's in-memory storage starts empty: give every timer still pending its delayed job again.
        var scheduler = services.GetRequiredService<ITimerScheduler>();
        var pending = await engine.GetPendingTimersAsync(ct);
        foreach (var timer in pending)
        {
            scheduler.Schedule(timer.Id, timer.DueAt);
        }
        log.LogInformation("Rescheduled {TimerCount} pending timers", pending.Count);
    }

    public static WebApplication UseSamverkanHost(this WebApplication app)
    {
        app.UseSamverkanHardening();
        app.UseSerilogRequestLogging(o =>
        {
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            // The host's own logger, not the static bootstrap one (see AddSerilog above).
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
        });
        app.MapSamverkanAccounts();
        // The policy decides who gets in; Hangfire's own filters would only add a second, weaker gate.
        app.MapHangfireDashboardWithAuthorizationPolicy(Policies.Admin, "/hangfire", new DashboardOptions
        {
            Authorization = [],
            DashboardTitle = "Samverkan — jobs and timers",
        });
        app.MapSamverkanHealth();
        app.UseSamverkanNotifications();
        app.MapSamverkanWeb();
        return app;
    }

    /// <summary>Prints where the UI, the API reference and the Hangfire dashboard are, once the server listens.</summary>
    public static WebApplication LogSamverkanAddressesOnStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            var root = addresses?.FirstOrDefault()?.TrimEnd('/') ?? "http://localhost:5080";
            app.Logger.LogInformation("Samverkan is running. API reference {Root}/api/docs  OpenAPI {Root}/openapi/v1.json  Hangfire {Root}/hangfire  Health {Root}/health",
                root, root, root, root);
        });
        return app;
    }
}
