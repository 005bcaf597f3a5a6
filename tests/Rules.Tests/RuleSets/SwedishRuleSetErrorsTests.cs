using Samverkan.Rules.Parameters;
using Samverkan.Rules.RuleSets;
using static Samverkan.Rules.Tests.RuleSetJson;

namespace Samverkan.Rules.Tests.RuleSets;

/// <summary>Broken rule sets as a designer writes them: each error has its code and the Swedish text /regler shows.</summary>
public sealed class SwedishRuleSetErrorsTests
{
    private static readonly object Adult = Sample("vuxen", new { age = 20 }, new { passed = true });

    [Fact]
    public async Task Validate_ExpressionCutShort_ParseErrorFramedInSwedish()
    {
        await using var f = await RulesFixture.CreateAsync();

        var error = Assert.Single(await f.RuleSets.ValidateAsync("Age", Of("Age", [Rule("Adult", "input.age >= 18 &&")], Adult)));

        Assert.Equal("expression-does-not-parse", error.Code);
        Assert.Equal("Adult", error.Rule);
        Assert.StartsWith("Uttrycket `input.age >= 18 &&` går inte att kompilera: ", error.Swedish, StringComparison.Ordinal);
        Assert.EndsWith(" (vid tecken 19)", error.Swedish, StringComparison.Ordinal);
        Assert.StartsWith("`input.age >= 18 &&` does not compile: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ForbiddenCallInScopedParam_SaysWhatAndWhereInSwedish()
    {
        await using var f = await RulesFixture.CreateAsync();
        var json = """
            {"WorkflowName":"Sly","GlobalParams":[{"Name":"today","Expression":"DateTime.Today"}],
             "Rules":[{"RuleName":"A","Expression":"true"}],
             "Samples":[{"Name":"s","AsOf":"2025-01-01","Input":{},"Expect":{"passed":true}}]}
            """;

        var error = Assert.Single(await f.RuleSets.ValidateAsync("Sly", json));

        Assert.Equal("expression-not-allowed", error.Code);
        Assert.Equal(
            "Uttrycket `DateTime.Today` (i hjälputtrycket 'today') använder något som inte är tillåtet: DateTime.Today. "
            + "Regler får använda Calendar, Period, WeekRanges, WeekRange, IsoWeek, Math, LINQ över listor och medlemmar i sina värden.",
            error.Swedish);
    }

    [Fact]
    public async Task Validate_FailingSample_ExpectedAndGotInSwedish()
    {
        await using var f = await RulesFixture.CreateAsync();

        var errors = await f.RuleSets.ValidateAsync("Age", Of("Age", [Rule("Adult", "input.age >= 18", onSuccess: "new (\"kommun\" as org)")],
            Sample("barn", new { age = 12 }, new { passed = true, group = "x" })));

        Assert.Equal(["expected-part-differs", "expected-part-missing"], errors.Select(e => e.Code));
        Assert.All(errors, e => Assert.Equal("barn", e.Sample));
        Assert.Equal("'passed' skulle vara true, men blev false.", errors[0].Swedish);
        Assert.Equal("'group' skulle vara \"x\", men utfallet saknar 'group'.", errors[1].Swedish);
    }

    [Theory]
    [InlineData("""{"WorkflowName":"X","Rules":[{"RuleName":"R","Expression":"true"}]}""", "no-samples",
        "En regeluppsättning behöver minst ett exempelfall (Samples: Name, AsOf, Input, Expect) som ger väntat resultat innan den godtas.")]
    [InlineData("""{"WorkflowName":"X","Rules":[{"RuleName":"R","Expression":"true"},{"RuleName":"R","Expression":"true"}],"Samples":[{"Name":"s","AsOf":"2025-01-01","Input":{},"Expect":{"passed":true}}]}""",
        "duplicate-rule-name", "En annan regel har samma namn.")]
    [InlineData("""{"WorkflowName":"X","Rules":[{"RuleName":"R","Expression":"true"}],"Samples":[{"Name":"s","AsOf":"someday","Input":{},"Expect":{"passed":true}}]}""",
        "sample-without-as-of", "Exempelfallet behöver AsOf, ett datum eller en tidpunkt enligt ISO 8601 (svensk tid om ingen tidszon anges).")]
    public async Task Validate_BadShape_CodeAndSwedishText(string json, string code, string swedish)
    {
        await using var f = await RulesFixture.CreateAsync();

        var error = Assert.Single(await f.RuleSets.ValidateAsync("X", json));

        Assert.Equal(code, error.Code);
        Assert.Equal(swedish, error.Swedish);
    }

    [Fact]
    public async Task Validate_NotJson_ReaderDetailKeptInTheSwedishFrame()
    {
        await using var f = await RulesFixture.CreateAsync();

        var error = Assert.Single(await f.RuleSets.ValidateAsync("X", """{"WorkflowName":"X","Rules":["""));

        Assert.Equal("not-a-rule-set-file", error.Code);
        Assert.Equal("Texten går inte att läsa som en regeluppsättning: " + error.Message["Not a rule-set file: ".Length..], error.Swedish);
    }

    [Fact]
    public async Task Validate_SampleNamesAnUnknownParameter_SaysSoInSwedish()
    {
        await using var f = await RulesFixture.CreateAsync();
        await f.SeedAsync(("pause", ParameterKind.WeekRanges, Array.Empty<string>()));

        var errors = await f.RuleSets.ValidateAsync("Pause", Of("Pause", [Rule("NotPaused", "!params.pause.Contains(now)")],
            Sample("s", new { }, new { passed = true }, parameters: new { paus = new[] { "2025-W25" } })));

        var error = Assert.Single(errors);
        Assert.Equal("unknown-parameter", error.Code);
        Assert.Equal("Det finns ingen parameter som heter 'paus'.", error.Swedish);
        Assert.Equal("There is no parameter named 'paus'.", error.Message);
    }

    [Fact]
    public async Task Save_WithoutWho_RefusedInSwedish()
    {
        await using var f = await RulesFixture.CreateAsync();

        var e = await Assert.ThrowsAsync<RuleSetValidationException>(() => f.RuleSets.SaveAsync("Age", Of("Age", [Rule("Adult", "input.age >= 18")], Adult), " "));

        var error = Assert.Single(e.Errors);
        Assert.Equal("saved-by-missing", error.Code);
        Assert.Equal("Det måste anges vem som sparar regeluppsättningen.", error.Swedish);
    }
}
