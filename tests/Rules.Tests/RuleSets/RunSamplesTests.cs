using Samverkan.Rules.Evaluation;
using Samverkan.Rules.Parameters;
using static Samverkan.Rules.Tests.RuleSetJson;

namespace Samverkan.Rules.Tests.RuleSets;

public sealed class RunSamplesTests
{
    [Fact]
    public async Task RunSamples_SavedVersion_EachSampleWithItsPinnedParametersAndOutcome()
    {
        await using var f = await RulesFixture.CreateAsync();
        await f.SeedAsync(("pause", ParameterKind.WeekRanges, Array.Empty<string>()));
        await f.SaveAsync(Of("Pause", [Rule("NotPaused", "!params.pause.Contains(now)", "Pausat.")],
            Sample("pausad", new { party = "polis" }, new { passed = false }, "2025-06-16T00:00:00+02:00", new { pause = new[] { "2025-W25..2025-W32" } }),
            Sample("inte pausad", new { }, new { passed = true }, "2025-06-16T00:00:00+02:00")));

        var results = await f.RuleSets.RunSamplesAsync("Pause");

        Assert.Equal(["pausad", "inte pausad"], results.Select(r => r.Name));
        Assert.All(results, r => Assert.True(r.Passed));
        Assert.Equal(["NotPaused"], results[0].Outcome!.FailedRules);
        Assert.Equal(["Pausat."], results[0].Outcome!.Reasons);
        Assert.Equal("polis", results[0].Input["party"]);
        Assert.True(results[1].Outcome!.Passed);
    }

    [Fact]
    public async Task RunSamples_AfterAParameterChange_StillUsesTheSamplesPinnedValues()
    {
        await using var f = await RulesFixture.CreateAsync();
        await f.SeedAsync(("limit", ParameterKind.Number, 18));
        await f.SaveAsync(Of("Age", [Rule("Adult", "input.age >= params.limit")],
            Sample("vuxen", new { age = 18 }, new { passed = true }, parameters: new { limit = 18 })));
        await f.Parameters.ChangeAsync("limit", new ParameterChangeRequest(System.Text.Json.JsonSerializer.SerializeToElement(21), "chef", "test"));

        var result = Assert.Single(await f.RuleSets.RunSamplesAsync("Age", 1));

        Assert.True(result.Passed);
    }

    [Fact]
    public async Task RunSamples_UnknownRuleSet_Throws()
    {
        await using var f = await RulesFixture.CreateAsync();

        await Assert.ThrowsAsync<RuleSetNotFoundException>(() => f.RuleSets.RunSamplesAsync("Saknas"));
    }
}
