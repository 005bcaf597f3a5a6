namespace Samverkan.Testing.Databases;

/// <summary>The PostgreSQL server the tests may use: an admin connection string in <see cref="Variable"/>, or none.</summary>
public static class TestPostgreSql
{
    /// <summary>A role that may create databases, e.g. <c>Host=127.0.0.1;Port=5432;Username=samverkan;Password=samverkan;Database=postgres</c>.</summary>
    public const string Variable = "SAMVERKAN_TEST_POSTGRES";

    public const string SkipReason =
        $"{Variable} is not set, so there is no PostgreSQL server to test on (.ci/run starts one and sets it; " +
        "locally e.g. export " + Variable + "='Host=127.0.0.1;Port=5432;Username=samverkan;Password=samverkan;Database=postgres').";

    public static string? AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsAvailable => AdminConnectionString is not null;
}
