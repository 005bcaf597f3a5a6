using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Samverkan.Rules.Evaluation;
using Samverkan.Rules.Parameters;
using Samverkan.Rules.Persistence.PostgreSql;
using Samverkan.Rules.Persistence.Sqlite;
using Samverkan.Rules.RuleSets;
using Samverkan.Testing.Databases;

namespace Samverkan.Rules.Tests;

/// <summary>
/// AddRules on a fresh database (a SQLite file, or a PostgreSQL database of its own) with a fake clock; a second
/// fixture on the same database plays another node.
/// </summary>
internal sealed class RulesFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 6, 2, 8, 0, 0, TimeSpan.FromHours(2));

    private readonly string? _ownedFile;
    private readonly PostgreSqlTestDatabase? _ownedDatabase;

    private RulesFixture(StorageProvider provider, string connectionString, Action<IServiceCollection>? configure, TimeSpan? revisionCheckInterval = null,
        string? ownedFile = null, PostgreSqlTestDatabase? ownedDatabase = null)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _ownedFile = ownedFile;
        _ownedDatabase = ownedDatabase;
        var services = new ServiceCollection().AddSingleton<TimeProvider>(Time);
        configure?.Invoke(services);
        services.AddRules(o => o.RevisionCheckInterval = revisionCheckInterval ?? o.RevisionCheckInterval);
        Services = (provider == StorageProvider.PostgreSql ? services.AddRulesPostgreSql(connectionString) : services.AddRulesSqlite(connectionString))
            .BuildServiceProvider();
    }

    public StorageProvider Provider { get; }

    public string ConnectionString { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public ServiceProvider Services { get; }

    public IRuleEvaluator Evaluator => Services.GetRequiredService<IRuleEvaluator>();

    public IRuleSetService RuleSets => Services.GetRequiredService<IRuleSetService>();

    public IParameterService Parameters => Services.GetRequiredService<IParameterService>();

    /// <summary>The names of the database's tables, as a raw query (one column named Value).</summary>
    public string TableNamesSql => Provider == StorageProvider.PostgreSql
        ? "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name"
        : "SELECT name AS Value FROM sqlite_master WHERE type = 'table' ORDER BY name";

    public static async Task<RulesFixture> CreateAsync(Action<IServiceCollection>? configure = null, StorageProvider provider = StorageProvider.Sqlite)
    {
        RulesFixture fixture;
        if (provider == StorageProvider.PostgreSql)
        {
            var database = new PostgreSqlTestDatabase();
            fixture = new RulesFixture(provider, database.ConnectionString, configure, ownedDatabase: database);
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), $"samverkan-rules-{Guid.NewGuid():N}.db");
            fixture = new RulesFixture(provider, $"Data Source={file}", configure, ownedFile: file);
        }
        await fixture.Services.MigrateRulesAsync();
        return fixture;
    }

    /// <summary>Another node on the same database: its own services, engine, caches and clock.</summary>
    public RulesFixture OtherNode(TimeSpan? revisionCheckInterval = null) => new(Provider, ConnectionString, null, revisionCheckInterval);

    /// <summary>Adds parameters as a seed file would, e.g. <c>("limit", ParameterKind.Number, 17)</c>.</summary>
    public Task<IReadOnlyList<string>> SeedAsync(params (string Name, ParameterKind Kind, object Value)[] parameters)
    {
        var json = JsonSerializer.Serialize(new
        {
            Parameters = parameters.Select(p => new { p.Name, Kind = p.Kind.ToString(), Description = "Test", p.Value }),
        });
        return Services.GetRequiredService<ParameterSeeder>().SeedAsync(json, "test", CancellationToken.None);
    }

    public Task<RuleSetSaveResult> SaveAsync(string json) =>
        RuleSets.SaveAsync(JsonDocument.Parse(json).RootElement.GetProperty("WorkflowName").GetString()!, json, "designer@test");

    public Task<RuleOutcome> EvaluateAsync(string ruleSet, object input, DateTimeOffset? asOf = null) =>
        Evaluator.EvaluateAsync(ruleSet, Input(input), asOf ?? Time.GetUtcNow());

    /// <summary>An anonymous object as the JSON-like input a process would pass.</summary>
    public static IReadOnlyDictionary<string, object?> Input(object input) => InputValues.FromJson(JsonSerializer.SerializeToElement(input));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _ownedDatabase?.Dispose();
        if (_ownedFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _ownedFile, _ownedFile + "-wal", _ownedFile + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
