using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Rules.Persistence;
using Samverkan.Rules.Evaluation;
using Samverkan.Rules.Parameters;
using static Samverkan.Rules.Tests.RuleSetJson;
using Samverkan.Testing.Databases;

namespace Samverkan.Rules.Tests.Evaluation;

/// <summary>Evaluating rule sets as of an instant, and what other nodes on the same database see; written once, run on SQLite and on PostgreSQL.</summary>
public abstract class RuleEvaluatorTests(StorageProvider provider)
{
    private static readonly string Ratio = Of("Ratio",
        [Rule("HighShare", "input.part / input.whole > 0.5", errorMessage: "Andelen är för låg.")],
        Sample("hög", new { part = 3.0, whole = 4.0 }, new { passed = true }),
        Sample("låg", new { part = 1.0, whole = 4.0 }, new { passed = false, reasons = new[] { "Andelen är för låg." } }));

    [ProviderFact]
    public async Task Evaluate_RuleFails_IsANoWithReason()
    {
        await using var f = await CreateFixtureAsync();
        await f.SaveAsync(Ratio);

        var outcome = await f.EvaluateAsync("Ratio", new { part = 1.0, whole = 4.0 });

        Assert.False(outcome.Passed);
        Assert.Equal(["HighShare"], outcome.FailedRules);
        Assert.Equal(["Andelen är för låg."], outcome.Reasons);
    }

    [ProviderFact]
    public async Task Evaluate_RuleThrows_IsAnErrorNotANo()
    {
        await using var f = await CreateFixtureAsync();
        await f.SaveAsync(Of("Discharge", [Rule("Recent", "Calendar.Date(input.dischargedAt) > now", errorMessage: "nej")],
            Sample("s", new { dischargedAt = "2025-01-01" }, new { passed = false })));

        var e = await Assert.ThrowsAsync<RuleEvaluationException>(() => f.EvaluateAsync("Discharge", new { dischargedAt = "i tisdags" }));

        Assert.Equal("Recent", Assert.Single(e.Errors).Rule);
        Assert.Contains("ISO-8601", e.Errors[0].Message);
        Assert.DoesNotContain("i tisdags", e.Message);
        Assert.Equal(1, e.Version);
    }

    [ProviderFact]
    public async Task Evaluate_InputMissingAMember_IsAnError()
    {
        await using var f = await CreateFixtureAsync();
        await f.SaveAsync(Ratio);

        var e = await Assert.ThrowsAsync<RuleEvaluationException>(() => f.EvaluateAsync("Ratio", new { part = 1.0 }));

        Assert.Contains("whole", Assert.Single(e.Errors).Message);
    }

    [ProviderFact]
    public async Task Evaluate_InputOfAnotherType_IsAnError()
    {
        await using var f = await CreateFixtureAsync();
        await f.SaveAsync(Ratio);

        await Assert.ThrowsAsync<RuleEvaluationException>(() => f.EvaluateAsync("Ratio", new { part = "en", whole = 4.0 }));
    }

    [ProviderFact]
    public async Task Evaluate_OutputActionThrows_IsAnError()
    {
        await using var f = await CreateFixtureAsync();
        await f.SaveAsync(Of("Out", [Rule("Age", "true", onSuccess: "Calendar.Age(input.dateOfBirth, now)")], Sample("s", new { dateOfBirth = "2000-06-02" }, new { Age = 25 })));

        var e = await Assert.ThrowsAsync<RuleEvaluationException>(() => f.EvaluateAsync("Out", new { dateOfBirth = "2 juni 2000" }));

        Assert.Equal("Age", Assert.Single(e.Errors).Rule);
        Assert.Contains("yyyy-MM-dd", e.Errors[0].Message);
        Assert.DoesNotContain("2 juni 2000", e.Message);
    }

    [ProviderFact]
    public async Task Evaluate_StoredVersionUnreadable_LeftOutOthersStillEvaluate()
    {
        await using var f = await CreateFixtureAsync();
        await f.SaveAsync(Ratio);
        await f.Services.GetRequiredService<RulesStore>().AddRuleSetVersionAsync("Broken", "{ not json", "h", RulesFixture.Start, "hand", null, default);

        Assert.True((await f.EvaluateAsync("Ratio", new { part = 3.0, whole = 4.0 })).Passed);
        await Assert.ThrowsAsync<RuleSetNotFoundException>(() => f.EvaluateAsync("Broken", new { }));
    }

    [ProviderFact]
    public async Task Evaluate_UnknownRuleSet_Throws()
    {
        await using var f = await CreateFixtureAsync();

        await Assert.ThrowsAsync<RuleSetNotFoundException>(() => f.EvaluateAsync("Nothing", new { }));
    }

    [ProviderFact]
    public async Task Evaluate_Outputs_FirstRuleToNameAnOutputWins_AndScalarsTakeTheRuleName()
    {
        await using var f = await CreateFixtureAsync();
        await f.SaveAsync(Of("Routing",
            [
                Rule("Psychiatry", "input.category == \"psykiatri\"", onSuccess: "new (\"psykiatri\" as group, 2 as priority)"),
                Rule("Default", "true", onSuccess: "new (\"övriga\" as group)"),
                Rule("Deadline", "true", onSuccess: "Calendar.AddWorkingDays(now, 5)"),
            ],
            Sample("s", new { category = "psykiatri" }, new { group = "psykiatri" })));

        var outcome = await f.EvaluateAsync("Routing", new { category = "psykiatri" }, DateTimeOffset.Parse("2025-08-11T00:00:00+02:00"));
        var other = await f.EvaluateAsync("Routing", new { category = "beroende" });

        Assert.Equal("psykiatri", outcome.Outputs["group"]);
        Assert.Equal(2L, outcome.Outputs["priority"]);
        Assert.Equal(DateTimeOffset.Parse("2025-08-18T00:00:00+02:00"), outcome.Outputs["Deadline"]);
        Assert.Equal("övriga", other.Outputs["group"]);
        Assert.False(other.Outputs.ContainsKey("priority"));
    }

    [ProviderFact]
    public async Task ToVariable_HasTheOutcomePartsAndOutputs()
    {
        await using var f = await CreateFixtureAsync();
        await f.SeedAsync(("escalation", ParameterKind.Duration, "P14D"));
        await f.SaveAsync(Of("Ladder", [Rule("Lift", "true", onSuccess: "new (params.escalation as after, \"ledningsnivå\" as next)")], Sample("s", new { }, new { after = "P14D" })));
        var asOf = DateTimeOffset.Parse("2025-06-16T00:00:00+02:00");

        var variable = (await f.EvaluateAsync("Ladder", new { }, asOf)).ToVariable();

        Assert.Equal("Ladder", variable["ruleSet"]);
        Assert.Equal(1L, variable["ruleSetVersion"]);
        Assert.Equal(1L, variable["parametersVersion"]);
        Assert.Equal(asOf, variable["asOf"]);
        Assert.Equal(true, variable["passed"]);
        Assert.Equal(["Lift"], Assert.IsType<List<object?>>(variable["passedRules"]));
        Assert.Empty(Assert.IsType<List<object?>>(variable["failedRules"]));
        Assert.Equal("P14D", variable["after"]);
        Assert.Equal("ledningsnivå", variable["next"]);
    }

    [ProviderFact]
    public async Task Evaluate_OutputWithAReservedName_IsAnError()
    {
        await using var f = await CreateFixtureAsync();

        var e = await Assert.ThrowsAsync<Samverkan.Rules.RuleSets.RuleSetValidationException>(() =>
            f.SaveAsync(Of("Clash", [Rule("R", "true", onSuccess: "new (false as passed)")], Sample("s", new { }, new { passed = true }))));

        Assert.Contains("'passed'", Assert.Single(e.Errors).Message);
    }

    [ProviderFact]
    public async Task Evaluate_NewVersionSaved_SeenByTheNextEvaluationOnEveryNode()
    {
        await using var f = await CreateFixtureAsync();
        await using var other = f.OtherNode();
        await f.SaveAsync(Of("Age", [Rule("Adult", "input.age >= 18")], Sample("s", new { age = 20 }, new { passed = true })));
        Assert.False((await other.EvaluateAsync("Age", new { age = 16 })).Passed);

        await f.SaveAsync(Of("Age", [Rule("Adult", "input.age >= 16")], Sample("s", new { age = 16 }, new { passed = true })));
        var withinInterval = await other.EvaluateAsync("Age", new { age = 16 });
        other.Time.Advance(TimeSpan.FromMilliseconds(1));

        var outcome = await other.EvaluateAsync("Age", new { age = 16 });
        Assert.Equal(1, withinInterval.RuleSetVersion);
        Assert.True(outcome.Passed);
        Assert.Equal(2, outcome.RuleSetVersion);
        Assert.Equal(2, (await f.EvaluateAsync("Age", new { age = 16 })).RuleSetVersion);
    }

    [ProviderFact]
    public async Task Evaluate_RevisionReadEveryTime_OtherNodeSeesTheChangeAtOnce()
    {
        await using var f = await CreateFixtureAsync();
        await using var other = f.OtherNode(revisionCheckInterval: TimeSpan.Zero);
        await f.SaveAsync(Of("Age", [Rule("Adult", "input.age >= 18")], Sample("s", new { age = 20 }, new { passed = true })));
        Assert.False((await other.EvaluateAsync("Age", new { age = 16 })).Passed);

        await f.SaveAsync(Of("Age", [Rule("Adult", "input.age >= 16")], Sample("s", new { age = 16 }, new { passed = true })));

        Assert.True((await other.EvaluateAsync("Age", new { age = 16 })).Passed);
    }

    [ProviderFact]
    public async Task Evaluate_ParameterChangedOnAnotherNode_SeenByTheNextEvaluation()
    {
        await using var f = await CreateFixtureAsync();
        await using var other = f.OtherNode();
        await f.SeedAsync(("pause", ParameterKind.WeekRanges, new[] { "2025-W25..2025-W32" }));
        await f.SaveAsync(Of("Pull", [Rule("NotPaused", "!params.pause.Contains(now)")], Sample("s", new { }, new { passed = true }, "2025-09-01")));
        var july = DateTimeOffset.Parse("2025-07-01T10:00:00+02:00");
        Assert.False((await other.EvaluateAsync("Pull", new { }, july)).Passed);

        await f.Parameters.ChangeAsync("pause", new(JsonSerializer.SerializeToElement(Array.Empty<string>()), "chef@test", "Pausen hävd", DateTimeOffset.MinValue.AddTicks(1)));
        other.Time.Advance(TimeSpan.FromMilliseconds(1));

        var outcome = await other.EvaluateAsync("Pull", new { }, july);
        Assert.True(outcome.Passed);
        Assert.Equal(2, outcome.ParametersVersion);
    }

    [ProviderFact]
    public async Task Evaluate_AsOf_UsesTheParameterValuesInForceThen()
    {
        await using var f = await CreateFixtureAsync();
        await f.SeedAsync(("limit", ParameterKind.DayCount, 14));
        await f.SaveAsync(Of("Limit", [Rule("Within", "input.days <= params.limit")], Sample("s", new { days = 14 }, new { passed = true })));
        var from = DateTimeOffset.Parse("2025-09-01T00:00:00+02:00");
        await f.Parameters.ChangeAsync("limit", new(JsonSerializer.SerializeToElement(7), "chef@test", "Kortare tid", from));

        Assert.True((await f.EvaluateAsync("Limit", new { days = 10 }, from.AddTicks(-1))).Passed);
        Assert.False((await f.EvaluateAsync("Limit", new { days = 10 }, from)).Passed);
    }

    [ProviderFact]
    public async Task Evaluate_ManyThreads_SameAnswers()
    {
        await using var f = await CreateFixtureAsync();
        await f.SaveAsync(Ratio);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => f.EvaluateAsync("Ratio", new { part = (double)(i % 4), whole = 4.0 }))));

        Assert.All(outcomes.Select((o, i) => (o, i)), x => Assert.Equal(x.i % 4 == 3, x.o.Passed));
    }

    [ProviderFact]
    public async Task DryRun_OlderVersion_EvaluatesThatVersion()
    {
        await using var f = await CreateFixtureAsync();
        await f.SaveAsync(Of("Age", [Rule("Adult", "input.age >= 18")], Sample("s", new { age = 20 }, new { passed = true })));
        await f.SaveAsync(Of("Age", [Rule("Adult", "input.age >= 16")], Sample("s", new { age = 16 }, new { passed = true })));

        var v1 = await f.RuleSets.DryRunAsync("Age", RulesFixture.Input(new { age = 16 }), RulesFixture.Start, version: 1);
        var latest = await f.RuleSets.DryRunAsync("Age", RulesFixture.Input(new { age = 16 }), RulesFixture.Start);

        Assert.False(v1.Passed);
        Assert.Equal(1, v1.RuleSetVersion);
        Assert.True(latest.Passed);
        await Assert.ThrowsAsync<RuleSetNotFoundException>(() => f.RuleSets.DryRunAsync("Age", RulesFixture.Input(new { age = 16 }), RulesFixture.Start, version: 9));
    }

    [ProviderFact]
    public async Task Describe_IsOneLineForTheHistory()
    {
        await using var f = await CreateFixtureAsync();
        await f.SaveAsync(Ratio);

        var line = (await f.EvaluateAsync("Ratio", new { part = 1.0, whole = 4.0 }, DateTimeOffset.Parse("2025-06-16T00:00:00+02:00"))).Describe();

        Assert.Equal("Ratio v1, parameters r0, as of 2025-06-16T00:00:00+02:00: failed HighShare", line);
    }

    private Task<RulesFixture> CreateFixtureAsync() => RulesFixture.CreateAsync(provider: provider);

    public sealed class Sqlite() : RuleEvaluatorTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : RuleEvaluatorTests(StorageProvider.PostgreSql);
}
