using Samverkan.Rules.Parameters;
using Samverkan.Rules.RuleSets;
using static Samverkan.Rules.Tests.RuleSetJson;

namespace Samverkan.Rules.Tests.RuleSets;

public sealed class RuleSetValidationTests
{
    private static readonly object Adult = Sample("vuxen", new { age = 20 }, new { passed = true });

    [Fact]
    public async Task Save_BadExpression_RejectedWithRuleAndCompilerMessage()
    {
        await using var f = await RulesFixture.CreateAsync();

        var e = await Assert.ThrowsAsync<RuleSetValidationException>(() => f.SaveAsync(Of("Age", [Rule("Adult", "input.age >= 18 &&")], Adult)));

        var error = Assert.Single(e.Errors);
        Assert.Equal("Adult", error.Rule);
        Assert.Contains("does not compile", error.Message);
        Assert.Null(await f.RuleSets.GetAsync("Age"));
    }

    [Fact]
    public async Task Save_UnknownMember_RejectedNamingIt()
    {
        await using var f = await RulesFixture.CreateAsync();

        var e = await Assert.ThrowsAsync<RuleSetValidationException>(() => f.SaveAsync(Of("Age", [Rule("Adult", "input.alder >= 18")], Adult)));

        Assert.Contains("alder", Assert.Single(e.Errors).Message);
    }

    [Fact]
    public async Task Save_FailingSample_RejectedNamingSampleExpectedAndActual()
    {
        await using var f = await RulesFixture.CreateAsync();

        var e = await Assert.ThrowsAsync<RuleSetValidationException>(() => f.SaveAsync(
            Of("Age", [Rule("Adult", "input.age >= 18")], Adult, Sample("barn", new { age = 12 }, new { passed = true, failedRules = Array.Empty<string>() }))));

        Assert.Equal(2, e.Errors.Count);
        Assert.All(e.Errors, error => Assert.Equal("barn", error.Sample));
        Assert.Contains("Expected 'passed' to be true, got false", e.Errors[0].Message);
        Assert.Contains("""got ["Adult"]""", e.Errors[1].Message);
    }

    [Fact]
    public async Task Save_ExpectedOutputMissing_Rejected()
    {
        await using var f = await RulesFixture.CreateAsync();

        var e = await Assert.ThrowsAsync<RuleSetValidationException>(() => f.SaveAsync(
            Of("Route", [Rule("Kommun", "true", onSuccess: "new (\"kommun\" as org)")], Sample("s", new { }, new { group = "x" }))));

        Assert.Contains("has no 'group'", Assert.Single(e.Errors).Message);
    }

    [Theory]
    [InlineData("input.GetType().Name == \"x\"", "GetType")]
    [InlineData("\"x\".GetType().Assembly != null", "GetType")]
    [InlineData("DateTime.Now.Year > 2000", "DateTime.Now")]
    [InlineData("DateTimeOffset.UtcNow > now", "DateTimeOffset.UtcNow")]
    [InlineData("Guid.NewGuid() != Guid.Empty", "Guid.NewGuid")]
    [InlineData("File.Exists(\"/etc/passwd\")", "Unknown identifier 'File'")]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")", "Unknown identifier 'System'")]
    [InlineData("Environment.ProcessorCount > 0", "Unknown identifier 'Environment'")]
    [InlineData("Type.GetType(\"System.IO.File\") != null", "Unknown identifier 'Type'")]
    [InlineData("new System.IO.FileInfo(\"/etc/passwd\").Exists", "FileInfo")]
    [InlineData("Convert.ToInt32(\"1\") == 1", "Convert.ToInt32")]
    [InlineData("AppDomain.CurrentDomain != null", "Unknown identifier 'AppDomain'")]
    public async Task Save_ForbiddenCall_Rejected(string expression, string mentioned)
    {
        await using var f = await RulesFixture.CreateAsync();

        var e = await Assert.ThrowsAsync<RuleSetValidationException>(() => f.SaveAsync(Of("Sly", [Rule("Sly", expression)], Sample("s", new { age = 1 }, new { passed = false }))));

        var error = Assert.Single(e.Errors);
        Assert.Equal("Sly", error.Rule);
        Assert.Contains(mentioned, error.Message);
    }

    [Fact]
    public async Task Save_ForbiddenCallInOutputExpression_Rejected()
    {
        await using var f = await RulesFixture.CreateAsync();

        var e = await Assert.ThrowsAsync<RuleSetValidationException>(() => f.SaveAsync(
            Of("Sly", [Rule("Sly", "true", onSuccess: "new (DateTime.Now as when)")], Sample("s", new { }, new { passed = true }))));

        Assert.Contains("DateTime.Now", Assert.Single(e.Errors).Message);
    }

    [Fact]
    public async Task Save_ForbiddenCallInScopedParam_Rejected()
    {
        await using var f = await RulesFixture.CreateAsync();
        var json = """
            {"WorkflowName":"Sly","GlobalParams":[{"Name":"today","Expression":"DateTime.Today"}],
             "Rules":[{"RuleName":"Nested","Operator":"AndAlso","Rules":[
               {"RuleName":"A","Expression":"true"},
               {"RuleName":"B","LocalParams":[{"Name":"g","Expression":"Guid.NewGuid()"}],"Expression":"true"}]}],
             "Samples":[{"Name":"s","AsOf":"2025-01-01","Input":{},"Expect":{"passed":true}}]}
            """;

        var errors = await f.RuleSets.ValidateAsync("Sly", json);

        Assert.Contains(errors, e => e.Rule is null && e.Message.Contains("DateTime.Today", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Rule == "B" && e.Message.Contains("Guid.NewGuid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Save_NestedRulesAndScopedParams_Accepted()
    {
        await using var f = await RulesFixture.CreateAsync();
        var json = """
            {"WorkflowName":"Nested","GlobalParams":[{"Name":"age","Expression":"Calendar.Age(input.dateOfBirth, now)"}],
             "Rules":[{"RuleName":"Both","Operator":"AndAlso","Rules":[
               {"RuleName":"Adult","Expression":"age >= 18"},
               {"RuleName":"Young","LocalParams":[{"Name":"limit","Expression":"30"}],"Expression":"age < limit"}]}],
             "Samples":[
               {"Name":"25","AsOf":"2025-06-16","Input":{"dateOfBirth":"2000-01-01"},"Expect":{"passed":true,"passedRules":["Both"]}},
               {"Name":"40","AsOf":"2025-06-16","Input":{"dateOfBirth":"1985-01-01"},"Expect":{"passed":false,"failedRules":["Both"]}}]}
            """;

        Assert.Empty(await f.RuleSets.ValidateAsync("Nested", json));
    }

    [Theory]
    [InlineData("Calendar.IsoWeek(now) == \"2025-W23\"")]
    [InlineData("Math.Max(input.age, 3) == 20")]
    [InlineData("input.tags.Any(t => t.StartsWith(\"a\")) && input.tags.Count == 2 && input.tags.Contains(\"b\")")]
    [InlineData("params.limit.Days == 14 && Calendar.Add(now, params.limit) > now")]
    [InlineData("input.name.ToUpper().Length == 4 && (input.name + \"x\").EndsWith(\"x\")")]
    [InlineData("new[] { \"Anna\", \"Bo\" }.Contains(input.name)")]
    public async Task Save_AllowedExpressions_Accepted(string expression)
    {
        await using var f = await RulesFixture.CreateAsync();
        await f.SeedAsync(("limit", ParameterKind.Duration, "P14D"));

        var saved = await f.SaveAsync(Of("Fine", [Rule("Fine", expression)], Sample("s", new { age = 20, name = "Anna", tags = new[] { "a", "b" } }, new { passed = true })));

        Assert.True(saved.Created);
    }

    [Theory]
    [InlineData("""{"WorkflowName":"X","Rules":[{"RuleName":"R","Expression":"true"}]}""", "at least one sample")]
    [InlineData("""{"WorkflowName":"X y","Rules":[{"RuleName":"R","Expression":"true"}],"Samples":[{"Name":"s","AsOf":"2025-01-01","Input":{},"Expect":{"passed":true}}]}""", "WorkflowName")]
    [InlineData("""{"WorkflowName":"X","Rules":[{"RuleName":"R","Expression":"true","WorkflowsToInject":["Y"]}],"Samples":[{"Name":"s","AsOf":"2025-01-01","Input":{},"Expect":{"passed":true}}]}""", "WorkflowsToInject")]
    [InlineData("""{"WorkflowName":"X","Rules":[{"RuleName":"R","Expression":"true","Actions":{"OnSuccess":{"Name":"EvaluateRule","Context":{"workflowName":"Y","ruleName":"Z"}}}}],"Samples":[{"Name":"s","AsOf":"2025-01-01","Input":{},"Expect":{"passed":true}}]}""", "OutputExpression")]
    [InlineData("""{"WorkflowName":"X","Rules":[{"RuleName":"R","Expression":"true"},{"RuleName":"R","Expression":"true"}],"Samples":[{"Name":"s","AsOf":"2025-01-01","Input":{},"Expect":{"passed":true}}]}""", "same name")]
    [InlineData("""{"WorkflowName":"X","Rules":[{"RuleName":"R","Expression":"true"}],"Samples":[{"Name":"s","AsOf":"someday","Input":{},"Expect":{"passed":true}}]}""", "AsOf")]
    [InlineData("""{"WorkflowName":"X","Rules":[""", "Not a rule-set file")]
    public async Task Validate_BadShape_ReportsIt(string json, string mentioned)
    {
        await using var f = await RulesFixture.CreateAsync();

        var errors = await f.RuleSets.ValidateAsync("X", json);

        Assert.Contains(errors, e => e.ToString().Contains(mentioned, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_NameDiffersFromTheRuleSetSavedTo_Rejected()
    {
        await using var f = await RulesFixture.CreateAsync();

        var errors = await f.RuleSets.ValidateAsync("Other", Of("Age", [Rule("Adult", "input.age >= 18")], Adult));

        Assert.Contains("'Other'", Assert.Single(errors).Message);
    }

    [Fact]
    public async Task Save_SampleParameters_OverrideTheStoredValues()
    {
        await using var f = await RulesFixture.CreateAsync();
        await f.SeedAsync(("pause", ParameterKind.WeekRanges, Array.Empty<string>()));

        var saved = await f.SaveAsync(Of("Pause", [Rule("NotPaused", "!params.pause.Contains(now)")],
            Sample("pausad", new { }, new { passed = false }, "2025-06-16T00:00:00+02:00", new { pause = new[] { "2025-W25..2025-W32" } }),
            Sample("inte pausad", new { }, new { passed = true }, "2025-06-16T00:00:00+02:00")));

        Assert.Equal(1, saved.Version.Version);
    }
}
