using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Data.Sqlite;
using Npgsql;
using Samverkan.Host.Persistence.PostgreSql;
using Samverkan.Host.Persistence.Sqlite;
using Samverkan.Rules.Persistence.PostgreSql;
using Samverkan.Rules.Persistence.Sqlite;
using Samverkan.Workflows.Persistence.PostgreSql;
using Samverkan.Workflows.Persistence.Sqlite;

namespace Samverkan.Host.Hosting;

/// <summary>
/// Puts every store (engine, rules and parameters, the host's tables) and Hangfire's jobs on the one database
/// <c>Samverkan:Storage:Provider</c> names: SQLite (one node; Hangfire in memory, its delayed jobs made again from the
/// timers at start-up) or PostgreSQL (any number of nodes on one database; Hangfire's jobs in it too).
/// </summary>
internal static class StorageSetup
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    /// <summary>Hangfire's tables live in a schema of their own beside the service's.</summary>
    public const string HangfireSchema = "hangfire";

    public static bool IsPostgreSql(this StorageOptions storage) =>
        string.Equals(storage.Provider, PostgreSql, StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddSamverkanStorage(
        this IServiceCollection services, StorageOptions storage, SchedulingOptions scheduling, string connectionString)
    {
        if (storage.IsPostgreSql())
        {
            connectionString = PostgreSqlConnectionDefaults.Apply(connectionString);
            return services
                .AddWorkflowsPostgreSql(connectionString)
                .AddRulesPostgreSql(connectionString)
                .AddHostStoresPostgreSql(connectionString)
                // One storage per host, registered before Hangfire's own fallback to the static JobStorage.Current,
                // so two hosts in one process (the tests) never share a queue.
                .AddSingleton<JobStorage>(_ => PostgreSqlJobs(connectionString, scheduling));
        }
        if (!string.Equals(storage.Provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{SamverkanOptions.Section}:Storage:Provider '{storage.Provider}' is not supported; use '{Sqlite}' or '{PostgreSql}'.");
        }
        EnsureSqliteFolder(connectionString);
        return services
            .AddWorkflowsSqlite(connectionString)
            .AddRulesSqlite(connectionString)
            .AddHostStoresSqlite(connectionString)
            .AddSingleton<JobStorage>(_ => new InMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Long }));
    }

    /// <summary>Where the database is, for /health: the SQLite file, or PostgreSQL's host, port, database and user; never a password.</summary>
    public static string DescribeDatabase(this StorageOptions storage, string? connectionString)
    {
        try
        {
            if (storage.IsPostgreSql())
            {
                var postgres = new NpgsqlConnectionStringBuilder(connectionString);
                return $"{postgres.Host}:{postgres.Port}/{postgres.Database} as {postgres.Username}";
            }
            return new SqliteConnectionStringBuilder(connectionString).DataSource;
        }
        catch (ArgumentException)
        {
            return "(a connection string that cannot be read)";
        }
    }

    private static PostgreSqlStorage PostgreSqlJobs(string connectionString, SchedulingOptions scheduling)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = HangfireSchema,
            PrepareSchemaIfNecessary = true,
            // Enqueued jobs (a timer's, a handler's) are picked up within this; the default 15 s would delay every step.
            QueuePollInterval = scheduling.PollingInterval,
            // A running job's fetch is renewed while its node lives, so a job of a node that died is picked up by
            // another within this rather than the default half hour (the engine makes a second run harmless).
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = TimeSpan.FromMinutes(2),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
