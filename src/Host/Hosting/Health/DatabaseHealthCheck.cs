using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Samverkan.Workflows.Persistence;

namespace Samverkan.Host.Hosting.Health;

/// <summary>The database answers: which provider, where (never with a password), and if it does not answer, why.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<WorkflowDbContext> contexts, IOptions<SamverkanOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var storage = options.Value.Storage;
        var data = new Dictionary<string, object>
        {
            ["provider"] = storage.IsPostgreSql() ? StorageSetup.PostgreSql : StorageSetup.Sqlite,
        };
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            data["database"] = storage.DescribeDatabase(db.Database.GetConnectionString());
            // A query rather than CanConnectAsync, which swallows the error that says why.
            await db.Database.ExecuteSqlRawAsync("SELECT 1", ct);
            data["reachable"] = true;
            return HealthCheckResult.Healthy("The database answers.", data);
        }
        catch (Exception ex)
        {
            data["reachable"] = false;
            return HealthCheckResult.Unhealthy($"The database does not answer: {Reason(ex)}", ex, data);
        }
    }

    /// <summary>The driver's message and, when it wraps one, the cause beneath (say, "Connection refused").</summary>
    private static string Reason(Exception ex)
    {
        var cause = ex.GetBaseException();
        return cause == ex || cause.Message == ex.Message ? ex.Message : $"{ex.Message} ({cause.Message})";
    }
}
