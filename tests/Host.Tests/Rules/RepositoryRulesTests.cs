using Samverkan.Host.Tests.Api;

namespace Samverkan.Host.Tests.Rules;

/// <summary>The service started on the repository's own workflows/rules deploys every rule set and parameter in it.</summary>
public sealed class RepositoryRulesTests : IAsyncLifetime
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "RepositoryRules");

    private readonly RulesHost _host = RulesHost.With(Directory.GetFiles(Folder, "*.json"));

    private ApiClient Api => _host.Api;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Start_RepositoryRulesFolder_EveryRuleSetAndParameterIsDeployed()
    {
        var files = Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Where(n => n != "parameters").Order(StringComparer.Ordinal);

        var ruleSets = await Api.GetAsync("/api/rule-sets");
        var parameters = await Api.GetAsync("/api/parameters");

        Assert.Equal(files, ruleSets.EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.All(ruleSets.EnumerateArray(), r => Assert.Equal("deploy", r.GetProperty("savedBy").GetString()));
        Assert.Contains(parameters.EnumerateArray(), p => p.GetProperty("name").GetString() == "redThreadPauseWeeks");
    }

    [Fact]
    public async Task Evaluate_RedThreadPullInThePauseWeeks_SaysNoWithTheRoute()
    {
        var outcome = await Api.PostAsync("/api/rule-sets/RedThreadPull/evaluate",
            new { input = new { party = "polis", individualHarmed = true, unreasonableBurden = true, sipAttempted = true }, asOf = "2025-06-16T00:00:00+02:00" });

        Assert.False(outcome.GetProperty("passed").GetBoolean());
        Assert.Contains("NotPaused", outcome.GetProperty("failedRules").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("P2", outcome.GetProperty("outputs").GetProperty("route").GetString());
    }
}
