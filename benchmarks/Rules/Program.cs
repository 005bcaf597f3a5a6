using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RulesEngine.Models;
using Samverkan.Rules;
using Samverkan.Rules.Benchmarks;
using Samverkan.Rules.Evaluation;
using Samverkan.Rules.Parameters;
using Samverkan.Rules.Persistence.Sqlite;
using Samverkan.Rules.Persistence;
using Samverkan.Rules.RuleSets;

// Evaluations per second of one 10-rule set through IRuleEvaluator (catalog revision check on SQLite, sandbox,
// parameters as of an instant, outcome) beside the same rule set on a bare RulesEngine, alternating in one run.
var seconds = args.Length > 0 ? double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 0.5;
var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
var path = Path.Combine(Path.GetTempPath(), $"samverkan-rules-bench-{Guid.NewGuid():N}.db");
try
{
    await using var services = new ServiceCollection().AddRules().AddRulesSqlite($"Data Source={path}").BuildServiceProvider();
    await services.MigrateRulesAsync();
    await services.GetRequiredService<ParameterSeeder>().SeedAsync($$"""{ "Parameters": [{{string.Join(",", BenchRuleSet.Parameters)}}] }""", "bench", default);
    var json = BenchRuleSet.Json();
    await services.GetRequiredService<IRuleSetService>().SaveAsync(BenchRuleSet.Name, json, "bench");

    var ours = services.GetRequiredService<IRuleEvaluator>();
    await using var strictServices = new ServiceCollection()
        .AddRules(o => o.RevisionCheckInterval = TimeSpan.Zero)
        .AddRulesSqlite($"Data Source={path}")
        .BuildServiceProvider();
    var strict = strictServices.GetRequiredService<IRuleEvaluator>();
    var (definitions, changes) = await services.GetRequiredService<RulesStore>().ReadParametersAsync(default);
    var parameters = new ParameterSnapshot(definitions, changes).ParamsAt(BenchRuleSet.AsOf);
    var bare = new RulesEngine.RulesEngine(RuleEngineHost.Settings());
    bare.AddWorkflow(RuleSetDocument.Parse(json, new List<RuleSetError>())!.ForEngine(BenchRuleSet.Name));

    async Task Ours() => await ours.EvaluateAsync(BenchRuleSet.Name, BenchRuleSet.Input(), BenchRuleSet.AsOf);
    async Task Strict() => await strict.EvaluateAsync(BenchRuleSet.Name, BenchRuleSet.Input(), BenchRuleSet.AsOf);
    async Task Bare() => await bare.ExecuteAllRulesAsync(
        BenchRuleSet.Name, new RuleParameter("input", BenchRuleSet.Input()), new RuleParameter("now", BenchRuleSet.AsOf), new RuleParameter("params", parameters));

    var check = await ours.EvaluateAsync(BenchRuleSet.Name, BenchRuleSet.Input(), BenchRuleSet.AsOf);
    var bareCheck = await bare.ExecuteAllRulesAsync(BenchRuleSet.Name, new RuleParameter("input", BenchRuleSet.Input()), new RuleParameter("now", BenchRuleSet.AsOf), new RuleParameter("params", parameters));
    if (!check.Passed || bareCheck.Any(r => !r.IsSuccess || !string.IsNullOrEmpty(r.ExceptionMessage)))
    {
        throw new InvalidOperationException("The benchmark rule set does not pass on both paths.");
    }

    await RunAsync(Ours, 1);
    await RunAsync(Strict, 1);
    await RunAsync(Bare, 1);

    // Short slices, alternating, so that load from elsewhere on the machine falls on all alike; cost is the median of per-round ratios.
    Console.WriteLine($"10 rules; {rounds} rounds of {seconds:0.##} s slices, alternating; {Environment.ProcessorCount} cores");
    foreach (var workers in new[] { 1, Environment.ProcessorCount })
    {
        var samples = new List<(double Bare, double Ours, double Strict)>();
        for (var round = 0; round < rounds; round++)
        {
            samples.Add((await RunAsync(Bare, seconds, workers), await RunAsync(Ours, seconds, workers), await RunAsync(Strict, seconds, workers)));
        }

        double Cost(Func<(double Bare, double Ours, double Strict), double> layer) => samples.Select(s => s.Bare / layer(s)).Order().ElementAt(samples.Count / 2);
        Console.WriteLine($"{workers} worker(s): bare RulesEngine {samples.Average(s => s.Bare),8:N0}/s");
        Console.WriteLine($"             our layer, revision trusted 1 ms (default) {samples.Average(s => s.Ours),8:N0}/s   cost {Cost(s => s.Ours):0.00}x");
        Console.WriteLine($"             our layer, revision read every time        {samples.Average(s => s.Strict),8:N0}/s   cost {Cost(s => s.Strict):0.00}x");
    }
}
finally
{
    SqliteConnection.ClearAllPools();
    foreach (var file in new[] { path, path + "-wal", path + "-shm" })
    {
        File.Delete(file);
    }
}

static async Task<double> RunAsync(Func<Task> evaluate, double seconds, int workers = 1)
{
    var clock = Stopwatch.StartNew();
    var counts = await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
    {
        long n = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            await evaluate();
            n++;
        }

        return n;
    })));
    return counts.Sum() / clock.Elapsed.TotalSeconds;
}
