using Bunit;
using Samverkan.Host.Components.Manager;
using Samverkan.Host.Security;

namespace Samverkan.Web.Tests.Manager;

public sealed class PauseWeeksPanelTests : RulesComponentTest
{
    [Fact]
    public async Task Chef_RemovesTheSeededPause_AndSavesWithAReason_TheParameterHasNoPauses()
    {
        SignIn("chef-1", "kommun-a", Roles.Chef);
        var (user, who) = await CurrentUserAsync();
        var panel = Render<PauseWeeksPanel>(p => p.Add(c => c.User, user).Add(c => c.Who, who).Add(c => c.CanChange, true));

        panel.WaitForAssertion(() => Assert.Contains("från v. 25 2025 till v. 32 2025", panel.Find("[data-testid=pause-list]").TextContent));
        panel.Find("button[aria-label='Ta bort pausen från v. 25 2025 till v. 32 2025']").Click();
        panel.Find("button:contains('Spara pausveckorna')").Click();
        panel.WaitForAssertion(() => Assert.Contains("Skriv varför ändringen görs", panel.Markup));
        Field(panel, "Skäl till ändringen").Change("Styrgruppen häver pausen");
        panel.Find("button:contains('Spara pausveckorna')").Click();

        panel.WaitForAssertion(() => Assert.NotNull(panel.Find("[data-testid=pause-saved]")));
        var saved = await Parameters.GetAsync(PauseWeeksEditor.ParameterName, Clock.GetUtcNow());
        Assert.Equal("[]", saved!.Value.GetRawText());
        Assert.Equal(("chef-1", "Styrgruppen häver pausen"), (saved.SetBy.ChangedBy, saved.SetBy.Reason));
        Assert.NotNull(panel.Find("[data-testid=no-pauses]"));
    }

    [Fact]
    public async Task Designer_CannotSaveAChange_EvenWhenTheFormIsShown_TheHandlerRefuses()
    {
        SignIn("designer-1", "narvardskontoret", Roles.Processdesigner);
        var (user, who) = await CurrentUserAsync();
        // The page hides the form from a designer; shown anyway, the save is still refused.
        var panel = Render<PauseWeeksPanel>(p => p.Add(c => c.User, user).Add(c => c.Who, who).Add(c => c.CanChange, true));

        panel.WaitForAssertion(() => panel.Find("button[aria-label='Ta bort pausen från v. 25 2025 till v. 32 2025']").Click());
        Field(panel, "Skäl till ändringen").Change("Försök");
        panel.Find("button:contains('Spara pausveckorna')").Click();

        panel.WaitForAssertion(() => Assert.Contains("Bara en chef får ändra parametrar.", panel.Markup));
        var unchanged = await Parameters.GetAsync(PauseWeeksEditor.ParameterName, Clock.GetUtcNow());
        Assert.Equal("""["2025-W25..2025-W32"]""", unchanged!.Value.GetRawText());
    }

    [Fact]
    public async Task Designer_SeesThePausesWithoutRemoveButtons()
    {
        SignIn("designer-1", "narvardskontoret", Roles.Processdesigner);
        var (user, who) = await CurrentUserAsync();

        var panel = Render<PauseWeeksPanel>(p => p.Add(c => c.User, user).Add(c => c.Who, who).Add(c => c.CanChange, false));

        panel.WaitForAssertion(() => Assert.Contains("från v. 25 2025 till v. 32 2025", panel.Find("[data-testid=pause-list]").TextContent));
        Assert.Empty(panel.FindAll("button:contains('Ta bort')"));
        Assert.Empty(panel.FindAll("button:contains('Lägg till')"));
    }

    /// <summary>The input a visible label names.</summary>
    private static AngleSharp.Dom.IElement Field(IRenderedComponent<PauseWeeksPanel> panel, string label) =>
        panel.Find($"#{panel.Find($"label:contains('{label}')").GetAttribute("for")}");
}
