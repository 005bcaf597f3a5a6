using Microsoft.Data.Sqlite;
using Samverkan.Host.Persistence.Sqlite;
using Samverkan.Rules.Persistence.Sqlite;
using Samverkan.Workflows.Persistence.Sqlite;

namespace Samverkan.Host.Hosting;

/// <summary>Puts every store (engine, rules and parameters, the host's tables) on the one database <c>Samverkan:Storage:Provider</c> names.</summary>
internal static class StorageSetup
{
    public const string Sqlite = "Sqlite";

    public static IServiceCollection AddSamverkanStorage(this IServiceCollection services, StorageOptions storage, string connectionString)
    {
        if (!string.Equals(storage.Provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{SamverkanOptions.Section}:Storage:Provider '{storage.Provider}' is not supported; use '{Sqlite}'.");
        }
        EnsureSqliteFolder(connectionString);
        return services
            .AddWorkflowsSqlite(connectionString)
            .AddRulesSqlite(connectionString)
            .AddHostStoresSqlite(connectionString);
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
