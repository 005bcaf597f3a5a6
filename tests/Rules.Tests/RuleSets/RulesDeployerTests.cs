using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Samverkan.Rules.RuleSets;

namespace Samverkan.Rules.Tests.RuleSets;

public sealed class RulesDeployerTests : IDisposable
{
    private static readonly string SeedFolder = Path.Combine(AppContext.BaseDirectory, "rules");

    private readonly string _folder = Directory.CreateTempSubdirectory("samverkan-rules-").FullName;

    [Fact]
    public async Task DeployFolder_RealSeedFiles_AllAcceptedWithTheirSamples()
    {
        await using var f = await RulesFixture.CreateAsync();

        var deployment = await f.Services.DeployRulesAsync(SeedFolder);

        Assert.Empty(deployment.Rejected.SelectMany(r => r.Errors.Select(e => $"{r.File}: {e}")));
        Assert.Equal(Directory.GetFiles(SeedFolder, "*.json").Length - 1, deployment.Deployed.Count);
        Assert.Contains("redThreadPauseWeeks", deployment.SeededParameters);
        Assert.Equal(["2025-W25..2025-W32"], (await f.Parameters.GetAsync("redThreadPauseWeeks"))!.Value.EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task DeployFolder_Twice_AddsNoVersionAndKeepsManagersChange()
    {
        await using var f = await RulesFixture.CreateAsync();
        await f.Services.DeployRulesAsync(SeedFolder);
        await f.Parameters.ChangeAsync("redThreadPauseWeeks", new(JsonSerializer.SerializeToElement(Array.Empty<string>()), "chef@test", "Pausen hävd"));

        var again = await f.Services.DeployRulesAsync(SeedFolder);

        Assert.Empty(again.Deployed);
        Assert.Empty(again.SeededParameters);
        Assert.Equal(Directory.GetFiles(SeedFolder, "*.json").Length - 1, again.Unchanged.Count);
        Assert.Equal(0, (await f.Parameters.GetAsync("redThreadPauseWeeks"))!.Value.GetArrayLength());
    }

    [Fact]
    public async Task DeployFolder_InvalidFile_LoggedWithRuleAndCompilerMessage_OthersDeployed()
    {
        var logger = new ListLogger<RulesDeployer>();
        await using var f = await RulesFixture.CreateAsync(s => s.AddSingleton<ILogger<RulesDeployer>>(logger));
        Write("Good.json", RuleSetJson.Of("Good", [RuleSetJson.Rule("Adult", "input.age >= 18")], RuleSetJson.Sample("vuxen", new { age = 20 }, new { passed = true })));
        Write("Bad.json", RuleSetJson.Of("Bad", [RuleSetJson.Rule("Broken", "input.age >= ")], RuleSetJson.Sample("vuxen", new { age = 20 }, new { passed = true })));

        var deployment = await f.Services.DeployRulesAsync(_folder);

        Assert.Equal("Good", Assert.Single(deployment.Deployed).Name);
        var rejected = Assert.Single(deployment.Rejected);
        Assert.Equal("Bad.json", rejected.File);
        Assert.Equal("Broken", rejected.Errors[0].Rule);
        var line = Assert.Single(logger.Lines, l => l.Level == LogLevel.Error).Message;
        Assert.Contains("Bad.json", line);
        Assert.Contains("Broken", line);
        Assert.Contains("does not compile", line);
    }

    [Fact]
    public async Task DeployFolder_DesignersLaterEdit_SurvivesRestart()
    {
        await using var f = await RulesFixture.CreateAsync();
        var v1 = RuleSetJson.Of("Age", [RuleSetJson.Rule("Adult", "input.age >= 18")], RuleSetJson.Sample("vuxen", new { age = 20 }, new { passed = true }));
        Write("Age.json", v1);
        await f.Services.DeployRulesAsync(_folder);
        await f.RuleSets.SaveAsync("Age", RuleSetJson.Of("Age", [RuleSetJson.Rule("Adult", "input.age >= 16")], RuleSetJson.Sample("sexton", new { age = 16 }, new { passed = true })), "designer@test");

        var restart = await f.Services.DeployRulesAsync(_folder);

        Assert.Empty(restart.Deployed);
        Assert.Equal(2, (await f.RuleSets.GetAsync("Age"))!.Version);
        Assert.True((await f.EvaluateAsync("Age", new { age = 16 })).Passed);
    }

    [Fact]
    public async Task DeployFolder_ReformattedFile_IsNotANewVersion()
    {
        await using var f = await RulesFixture.CreateAsync();
        var json = RuleSetJson.Of("Age", [RuleSetJson.Rule("Adult", "input.age >= 18")], RuleSetJson.Sample("vuxen", new { age = 20 }, new { passed = true }));
        Write("Age.json", json);
        await f.Services.DeployRulesAsync(_folder);
        Write("Age.json", JsonSerializer.Serialize(JsonDocument.Parse(json), new JsonSerializerOptions { WriteIndented = true }));

        Assert.Single((await f.Services.DeployRulesAsync(_folder)).Unchanged);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string file, string json) => File.WriteAllText(Path.Combine(_folder, file), json);
}
