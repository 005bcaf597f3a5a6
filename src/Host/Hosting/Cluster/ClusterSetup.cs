using Hangfire;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Samverkan.Host.Cases;
using Samverkan.Host.Persistence.KeyRing;
using StackExchange.Redis;
using Samverkan.Shared.Persistence;

namespace Samverkan.Host.Hosting.Cluster;

/// <summary>
/// What several nodes on one database need beyond the storage: the SignalR backplane on Redis, one start-up at a
/// time, and the shared key ring made before the first request. A single node on SQLite gets none of it.
/// </summary>
internal static class ClusterSetup
{
    public static IServiceCollection AddSamverkanCluster(
        this IServiceCollection services, IConfiguration configuration, SamverkanOptions options)
    {
        var nodes = options.Cluster.Nodes;
        var redis = configuration.GetConnectionString(RedisBackplane.ConnectionStringName);
        if (nodes < 1)
        {
            throw new InvalidOperationException($"{SamverkanOptions.Section}:Cluster:Nodes must be 1 or more; it is {nodes}.");
        }
        if (nodes > 1 && !options.Storage.IsPostgreSql())
        {
            throw new InvalidOperationException(
                $"{SamverkanOptions.Section}:Cluster:Nodes is {nodes}, but {SamverkanOptions.Section}:Storage:Provider is '{options.Storage.Provider}': " +
                $"several nodes share one database, so set it to '{StorageSetup.PostgreSql}' (SQLite is for one node).");
        }
        if (nodes > 1 && string.IsNullOrWhiteSpace(redis))
        {
            throw new InvalidOperationException(
                $"{SamverkanOptions.Section}:Cluster:Nodes is {nodes}, but ConnectionStrings:{RedisBackplane.ConnectionStringName} is not set: " +
                "several nodes need Redis for SignalR, or a notification reaches only the browsers of the node that raised it.");
        }
        if (!string.IsNullOrWhiteSpace(redis))
        {
            var backplane = new RedisBackplane(redis, SamverkanNode.From(options).Name);
            services.AddSingleton(backplane);
            services.AddSignalR().AddStackExchangeRedis(o =>
            {
                o.ConnectionFactory = _ => backplane.ConnectionAsync;
                o.Configuration.ChannelPrefix = RedisChannel.Literal(RedisBackplane.ChannelPrefix);
            });
            services.AddHostedService<NotificationFeedRelay>();
        }
        services.AddHealthChecks().AddCheck<BackplaneHealthCheck>("backplane", timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    /// <summary>Holds the start-up lock on PostgreSQL (see <see cref="StartupLock"/>); nothing to hold on SQLite.</summary>
    public static async Task<IAsyncDisposable> AcquireStartupLockAsync(this IServiceProvider services, CancellationToken ct)
    {
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SamverkanOptions>>().Value;
        if (!options.Storage.IsPostgreSql())
        {
            return NoLock.Instance;
        }
        var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString(SamverkanOptions.ConnectionStringName)!;
        return await StartupLock.AcquireAsync(connectionString, services.GetRequiredService<ILogger<ClusterOptions>>(), ct);
    }

    /// <summary>
    /// Under the start-up lock: Redis answers, the key ring's tables exist, the first Data Protection key and the
    /// personnummer search key are made (by the first node; the others read them), and Hangfire's schema is in place.
    /// </summary>
    public static async Task PrepareSharedStateAsync(this IServiceProvider services, CancellationToken ct)
    {
        if (services.GetService<RedisBackplane>() is { } backplane)
        {
            await backplane.ConnectionAsync.WaitAsync(ct);
        }
        using (var scope = services.CreateScope())
        {
            if (scope.ServiceProvider.GetService<KeyRingDbContext>() is { } keyRing)
            {
                await keyRing.Database.MigrateSchemaAsync(ct);
            }
        }
        // A protect makes the key ring's first key now, under the lock, rather than one per node at their first request.
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Samverkan.Startup").Protect("ready"u8.ToArray());
        _ = services.GetRequiredService<SearchKey>().Bytes;
        _ = services.GetRequiredService<JobStorage>();
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
