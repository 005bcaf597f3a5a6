using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Samverkan.Host.Hosting;
using Samverkan.Host.Hosting.Cluster;
using Samverkan.Testing;

namespace Samverkan.Host.Tests.Cluster;

/// <summary>A cluster configured wrongly stops at start-up with the setting's name, never half-runs or hangs.</summary>
public sealed class ClusterConfigurationTests
{
    [Fact]
    public void SeveralNodes_OnSqlite_RefusedNamingTheProvider()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Configure(nodes: 2, provider: "Sqlite", redis: "127.0.0.1:6379"));

        Assert.Contains("Samverkan:Cluster:Nodes is 2", error.Message);
        Assert.Contains("Samverkan:Storage:Provider", error.Message);
        Assert.Contains("PostgreSql", error.Message);
    }

    [Fact]
    public void SeveralNodes_WithoutRedis_RefusedNamingTheConnectionString()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Configure(nodes: 3, provider: "PostgreSql", redis: null));

        Assert.Contains("ConnectionStrings:Redis is not set", error.Message);
    }

    [Fact]
    public void NoNodes_Refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Configure(nodes: 0, provider: "Sqlite", redis: null));

        Assert.Contains("Samverkan:Cluster:Nodes must be 1 or more", error.Message);
    }

    [Fact]
    public void OneNode_OnSqliteWithoutRedis_Accepted()
    {
        var services = Configure(nodes: 1, provider: "Sqlite", redis: null);

        Assert.DoesNotContain(services, s => s.ServiceType == typeof(RedisBackplane));
    }

    [Fact]
    public void WrongProvider_RefusedNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection()
            .AddSamverkanStorage(new StorageOptions { Provider = "Oracle" }, new SchedulingOptions(), "Data Source=x.db"));

        Assert.Contains("Samverkan:Storage:Provider 'Oracle' is not supported", error.Message);
    }

    [Fact]
    public async Task UnreachableDatabase_RefusedNamingTheConnectionStringWithoutItsPassword()
    {
        // A free port on loopback: refused at once, no server needed.
        var connection = $"Host=127.0.0.1;Port={FreePort.Next()};Database=nowhere;Username=someone;Password=secret-word;Timeout=5";

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartupLock.AcquireAsync(connection, NullLogger.Instance, CancellationToken.None));

        Assert.StartsWith("ConnectionStrings:Samverkan: cannot connect to PostgreSQL at 127.0.0.1:", error.Message);
        Assert.Contains("database 'nowhere' as 'someone'", error.Message);
        Assert.DoesNotContain("secret-word", error.Message);
    }

    [Fact]
    public async Task UnreachableRedis_RefusedNamingTheConnectionString()
    {
        await using var backplane = new RedisBackplane($"127.0.0.1:{FreePort.Next()},connectTimeout=2000", "node-test");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => backplane.ConnectionAsync);

        Assert.StartsWith("ConnectionStrings:Redis: cannot reach Redis at 127.0.0.1:", error.Message);
    }

    private static ServiceCollection Configure(int nodes, string provider, string? redis)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis })
            .Build();
        var options = new SamverkanOptions { Storage = new StorageOptions { Provider = provider }, Cluster = new ClusterOptions { Nodes = nodes } };
        var services = new ServiceCollection();
        services.AddSamverkanCluster(configuration, options);
        return services;
    }
}
