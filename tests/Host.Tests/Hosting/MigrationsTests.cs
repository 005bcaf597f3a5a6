using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Samverkan.Host.Persistence;
using Samverkan.Host.Persistence.KeyRing;
using Samverkan.Host.Persistence.PostgreSql;
using Samverkan.Host.Persistence.Sqlite;
using Samverkan.Rules.Persistence;
using Samverkan.Rules.Persistence.PostgreSql;
using Samverkan.Rules.Persistence.Sqlite;
using Samverkan.Testing;
using Samverkan.Testing.Databases;
using Samverkan.Workflows.Persistence;
using Samverkan.Workflows.Persistence.PostgreSql;
using Samverkan.Workflows.Persistence.Sqlite;

namespace Samverkan.Host.Tests.Hosting;

/// <summary>
/// Every context's migrations, on each provider: they build an empty database, a second run on the up-to-date one
/// changes nothing, and none of the models has changed since its last migration (a forgotten migration fails here).
/// </summary>
public abstract class MigrationsTests(StorageProvider provider)
{
    private static readonly string[] Names = ["workflows", "rules", "host", "cases", "accounts"];

    /// <summary>The key ring lives in the database only on PostgreSQL (several nodes); on SQLite it is files.</summary>
    private string[] NamesOnProvider => provider == StorageProvider.PostgreSql ? [.. Names, "keyring"] : Names;

    public static TheoryData<string> Contexts() => new(Names);

    [ProviderFact]
    public async Task Migrate_EmptyDatabaseThenAgain_AppliesEveryMigrationOnceThenNothing()
    {
        using var folder = new TempFolder();
        using var postgreSql = provider == StorageProvider.PostgreSql ? new PostgreSqlTestDatabase() : null;
        var connectionString = postgreSql?.ConnectionString ?? $"Data Source={Path.Combine(folder.Path, "samverkan.db")}";

        foreach (var name in NamesOnProvider)
        {
            await using var db = Create(provider, name, connectionString);
            Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }
        var schema = await SchemaAsync(connectionString);

        foreach (var name in NamesOnProvider)
        {
            await using var db = Create(provider, name, connectionString);
            var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            await db.Database.MigrateAsync();
            Assert.Equal(applied, await db.Database.GetAppliedMigrationsAsync());
        }
        Assert.Equal(schema, await SchemaAsync(connectionString));
        SqliteConnection.ClearAllPools();
    }

    /// <summary>The model against the last migration's snapshot, not the database: it needs no server, so it is never skipped.</summary>
    [Theory]
    [MemberData(nameof(Contexts))]
    public void HasPendingModelChanges_EveryContext_None(string name)
    {
        var connectionString = provider == StorageProvider.PostgreSql ? "Host=localhost;Database=samverkan_model" : "Data Source=model.db";
        using var db = Create(provider, name, connectionString);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {name} context's model on {provider} has changed since its last migration: add one (docs/architecture.md, 'a database provider').");
    }

    private static DbContext Create(StorageProvider provider, string name, string connectionString)
    {
        var postgreSql = provider == StorageProvider.PostgreSql;
        return name switch
        {
            "workflows" => new WorkflowDbContext(Options<WorkflowDbContext>(b => _ = postgreSql ? b.UseWorkflowsPostgreSql(connectionString) : b.UseWorkflowsSqlite(connectionString))),
            "rules" => new RulesDbContext(Options<RulesDbContext>(b => _ = postgreSql ? b.UseRulesPostgreSql(connectionString) : b.UseRulesSqlite(connectionString))),
            "host" => new HostDbContext(Options<HostDbContext>(b => _ = postgreSql ? b.UseHostPostgreSql(connectionString) : b.UseHostSqlite(connectionString))),
            "cases" => new CasesDbContext(Options<CasesDbContext>(b => _ = postgreSql ? b.UseCasesPostgreSql(connectionString) : b.UseCasesSqlite(connectionString))),
            "keyring" when postgreSql => new KeyRingDbContext(Options<KeyRingDbContext>(b => b.UseKeyRingPostgreSql(connectionString))),
            "accounts" => new AccountsDbContext(Options<AccountsDbContext>(b => _ = postgreSql ? b.UseAccountsPostgreSql(connectionString) : b.UseAccountsSqlite(connectionString))),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }

    private static DbContextOptions<T> Options<T>(Action<DbContextOptionsBuilder> configure) where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        configure(builder);
        return builder.Options;
    }

    /// <summary>Every table's columns and every index and trigger, as the database describes them.</summary>
    private async Task<List<string>> SchemaAsync(string connectionString)
    {
        var sql = provider == StorageProvider.PostgreSql
            ? """
              SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable FROM information_schema.columns WHERE table_schema = 'public'
              UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'
              UNION ALL SELECT event_object_table || ' ' || trigger_name || ' ' || event_manipulation FROM information_schema.triggers
              """
            : "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master";
        await using DbConnection connection = provider == StorageProvider.PostgreSql
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    public sealed class Sqlite() : MigrationsTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : MigrationsTests(StorageProvider.PostgreSql)
    {
        [Fact]
        public void HasPendingModelChanges_KeyRing_None()
        {
            using var db = Create(StorageProvider.PostgreSql, "keyring", "Host=localhost;Database=samverkan_model");

            Assert.False(db.Database.HasPendingModelChanges(), "The key ring's model has changed since its last migration: add one.");
        }
    }
}
