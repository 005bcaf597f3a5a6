namespace Samverkan.Testing.Databases;

/// <summary>The Redis server the cluster tests may use: <c>host:port</c> in <see cref="Variable"/>, or none.</summary>
public static class TestRedis
{
    public const string Variable = "SAMVERKAN_TEST_REDIS";

    public static string? Configuration =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
