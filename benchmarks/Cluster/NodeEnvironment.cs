namespace Samverkan.Cluster.Benchmarks;

/// <summary>What every node started by the benchmark gets, whatever its database.</summary>
internal static class NodeEnvironment
{
    public static IReadOnlyDictionary<string, string> Common(string workflows, string root) => new Dictionary<string, string>
    {
        ["Samverkan__WorkflowsPath"] = workflows,
        ["Samverkan__RulesPath"] = Path.Combine(root, "rules"),
        // A log line per request would be a large part of each request's cost; the benchmark reads the database.
        ["Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning",
    };
}
