using StackExchange.Redis;

namespace Samverkan.Host.Hosting.Cluster;

/// <summary>
/// The one connection to Redis that SignalR's backplane uses, so that a notification raised on one node reaches a
/// browser connected to another. Made at start-up, so a wrong or unreachable Redis stops the start with the setting's
/// name instead of failing the first push; after that StackExchange.Redis reconnects by itself.
/// </summary>
internal sealed class RedisBackplane(string configuration, string nodeName) : IAsyncDisposable
{
    public const string ConnectionStringName = "Redis";

    /// <summary>Every channel of the backplane starts with this, so that other applications on the same Redis do not hear it.</summary>
    public const string ChannelPrefix = "samverkan";

    private readonly Lazy<Task<IConnectionMultiplexer>> _connection = new(() => ConnectAsync(configuration, nodeName));

    public Task<IConnectionMultiplexer> ConnectionAsync => _connection.Value;

    /// <summary>Where Redis is, without a password.</summary>
    public string Endpoints { get; } = Describe(configuration);

    private static async Task<IConnectionMultiplexer> ConnectAsync(string configuration, string nodeName)
    {
        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(configuration);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not a Redis configuration: {e.Message}", e);
        }
        options.AbortOnConnectFail = true;
        options.ClientName = $"samverkan-{nodeName}";
        options.ChannelPrefix = RedisChannel.Literal(ChannelPrefix);
        try
        {
            return await ConnectionMultiplexer.ConnectAsync(options);
        }
        catch (RedisConnectionException e)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName}: cannot reach Redis at {Describe(configuration)} ({e.FailureType}). " +
                "Start Redis, correct the setting, or remove it on a single node.", e);
        }
    }

    private static string Describe(string configuration)
    {
        try
        {
            return string.Join(", ", ConfigurationOptions.Parse(configuration).EndPoints.Select(EndPointCollection.ToString));
        }
        catch (ArgumentException)
        {
            return "(unreadable configuration)";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            await _connection.Value.Result.DisposeAsync();
        }
    }
}
