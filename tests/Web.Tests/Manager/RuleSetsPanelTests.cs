using System.Text.Json;
using Bunit;
using Samverkan.Host.Components.Manager;
using Samverkan.Host.Security;
using Samverkan.Rules.Parameters;

namespace Samverkan.Web.Tests.Manager;

public sealed class RuleSetsPanelTests : RulesComponentTest
{
    [Fact]
    public async Task Designer_ValidatesABrokenExpression_ReadsTheErrorInSwedish()
    {
        var panel = await RenderAsDesignerAsync();
        var editor = panel.Find("textarea");

        editor.Change(editor.GetAttribute("value")!.Replace("input.individualHarmed == true", "input.individualHarmed ==", StringComparison.Ordinal));
        panel.Find("button:contains('Validera')").Click();

        panel.WaitForAssertion(() => Assert.Contains(
            "Regeln IndividualHarmed (exemplet ”Sista minuten före pausen”): Uttrycket `input.individualHarmed ==` går inte att kompilera: Expression expected (vid tecken 26)",
            panel.Find("[data-testid=rule-set-errors]").TextContent));
        Assert.DoesNotContain("does not compile", panel.Find("[data-testid=rule-set-errors]").TextContent);
    }

    [Fact]
    public async Task Designer_SampleNoLongerGivesWhatItExpects_ReadsWhyInSwedish()
    {
        await Parameters.ChangeAsync("redThreadParties", new ParameterChangeRequest(
            JsonSerializer.SerializeToElement(new[] { "socialtjänst" }), "chef-1", "Test", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(1))));

        var panel = await RenderAsDesignerAsync();

        panel.WaitForAssertion(() => Assert.Contains("'passed' skulle vara true, men blev false.", panel.Find("[data-testid=sample-table]").TextContent));
    }

    private async Task<IRenderedComponent<RuleSetsPanel>> RenderAsDesignerAsync()
    {
        SignIn("designer-1", "narvardskontoret", Roles.Processdesigner);
        var (_, who) = await CurrentUserAsync();
        var panel = Render<RuleSetsPanel>(p => p.Add(c => c.Who, who).Add(c => c.CanEdit, true));
        panel.WaitForAssertion(() => Assert.Equal("RedThreadPull", panel.Find("[data-testid=rule-set-title]").TextContent));
        return panel;
    }
}
