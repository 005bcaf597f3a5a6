using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Samverkan.Rules.Evaluation;
using Samverkan.Rules.Parameters;
using Samverkan.Rules.Persistence.Sqlite;
using Samverkan.Rules.RuleSets;

namespace Samverkan.Rules.Tests;

/// <summary>AddRules on a fresh SQLite file with a fake clock; a second fixture on the same file plays another node.</summary>
internal sealed class RulesFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 6, 2, 8, 0, 0, TimeSpan.FromHours(2));

    private readonly bool _ownsFile;

    private RulesFixture(string path, bool ownsFile, Action<IServiceCollection>? configure, TimeSpan? revisionCheckInterval = null)
    {
        Path = path;
        _ownsFile = ownsFile;
        var services = new ServiceCollection().AddSingleton<TimeProvider>(Time);
        configure?.Invoke(services);
        Services = services
            .AddRules(o => o.RevisionCheckInterval = revisionCheckInterval ?? o.RevisionCheckInterval)
            .AddRulesSqlite($"Data Source={path}")
            .BuildServiceProvider();
    }

    public string Path { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public ServiceProvider Services { get; }

    public IRuleEvaluator Evaluator => Services.GetRequiredService<IRuleEvaluator>();

    public IRuleSetService RuleSets => Services.GetRequiredService<IRuleSetService>();

    public IParameterService Parameters => Services.GetRequiredService<IParameterService>();

    public static async Task<RulesFixture> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var fixture = new RulesFixture(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"samverkan-rules-{Guid.NewGuid():N}.db"), true, configure);
        await fixture.Services.MigrateRulesAsync();
        return fixture;
    }

    /// <summary>Another node on the same database: its own services, engine, caches and clock.</summary>
    public RulesFixture OtherNode(TimeSpan? revisionCheckInterval = null) => new(Path, false, null, revisionCheckInterval);

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
        if (_ownsFile)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
