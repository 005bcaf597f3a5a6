using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Samverkan.Host.Components.Admin;
using Samverkan.Host.Security.Accounts;

namespace Samverkan.Web.Tests.Admin;

/// <summary>/admin/anvandare: the accounts with their roles, organisations and groups; create, change, lock and unlock.</summary>
public sealed class AccountsPageTests : AdminPageTest
{
    private const string Password = "Ett-långt-lösenord-1";

    [Fact]
    public void Lists_TheAccounts_WithSwedishRolesOrganisationNamesAndGroupNames()
    {
        var page = Render<AccountsPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=account-row]")));
        var narvard = page.Find($"[data-testid=account-row][data-id='{DemoUsers.Narvardskontoret.Email}']").TextContent;
        Assert.Contains("Nils Närvård", narvard);
        Assert.Contains("Närvårdskontoret", narvard);
        Assert.Contains("AU, arbetsutskottet för Styrgrupp närvård", narvard);
        Assert.Contains("Aktiv", narvard);
        Assert.Contains("administratör", page.Find($"[data-testid=account-row][data-id='{DemoUsers.Admin.Email}']").TextContent);
    }

    [Fact]
    public async Task NewAccount_OffersTheGroupsOfItsOrganisation_AndIsSavedWithThem()
    {
        var page = Render<AccountsPage>();
        page.WaitForAssertion(() => page.Find("button:contains('Nytt konto')").Click());
        var email = $"ny-{Guid.NewGuid():N}@samverkan.test";

        Field(page, "E-post").Change(email);
        Field(page, "Lösenord").Change(Password);
        Field(page, "Namn").Change("Hanna Habo");
        CheckBox(page, "[data-testid=role-choice]", "handläggare").Change(true);
        Assert.Contains("Välj en organisation", page.Find("[data-testid=group-choice]").TextContent);
        await ChooseOrganisationsAsync(page, "kommun-habo");
        page.WaitForAssertion(() => Assert.Contains("SIP-samordnare", page.Find("[data-testid=group-choice]").TextContent));
        Assert.DoesNotContain("Närvårdskontoret", page.Find("[data-testid=group-choice]").TextContent);
        CheckBox(page, "[data-testid=group-choice]", "SIP-samordnare").Change(true);
        page.Find("button:contains('Skapa kontot')").Click();

        page.WaitForAssertion(() => Assert.Contains("Kontot Hanna Habo är sparat.", page.Find("[data-testid=admin-saved]").TextContent));
        var row = page.Find($"[data-testid=account-row][data-id='{email}']").TextContent;
        Assert.Contains("Habo kommun", row);
        Assert.Contains("SIP-samordnare", row);
        var account = Assert.Single(await ListAsync(), a => a.User.Id == email);
        Assert.Equal(["handlaggare"], account.Roles);
        Assert.Equal(["kommun-habo"], account.Organisations);
        Assert.Equal(["sip-samordnare"], account.Groups);
    }

    [Fact]
    public async Task NewAccount_WeakPasswordAndNoRole_SaysWhatInSwedish_AndMakesNothing()
    {
        var page = Render<AccountsPage>();
        page.WaitForAssertion(() => page.Find("button:contains('Nytt konto')").Click());
        var email = $"ny-{Guid.NewGuid():N}@samverkan.test";

        Field(page, "E-post").Change(email);
        Field(page, "Lösenord").Change("kort");
        Field(page, "Namn").Change("Kort Lösen");
        await ChooseOrganisationsAsync(page, "kommun-habo");
        page.Find("button:contains('Skapa kontot')").Click();

        page.WaitForAssertion(() => Assert.Contains("Ange en eller flera roller", page.Find("[data-testid=error-roles]").TextContent));
        CheckBox(page, "[data-testid=role-choice]", "granskare").Change(true);
        page.Find("button:contains('Skapa kontot')").Click();
        page.WaitForAssertion(() => Assert.Contains("Lösenordet måste ha minst 12 tecken.", page.Markup));
        Assert.DoesNotContain(await ListAsync(), a => a.User.Id == email);
    }

    [Fact]
    public async Task LockThenUnlock_TheStatusAndTheAccountFollow()
    {
        var page = Render<AccountsPage>();
        var name = DemoUsers.Granskare.DisplayName;
        page.WaitForAssertion(() => page.Find($"button[aria-label='Lås {name}']").Click());

        page.WaitForAssertion(() => Assert.Equal("Låst", Status(page)));
        Assert.True(Assert.Single(await ListAsync(), a => a.User.Id == DemoUsers.Granskare.Email).LockedOut);
        page.Find($"button[aria-label='Lås upp {name}']").Click();

        page.WaitForAssertion(() => Assert.Equal("Aktiv", Status(page)));
        var account = Assert.Single(await ListAsync(), a => a.User.Id == DemoUsers.Granskare.Email);
        Assert.False(account.LockedOut);
        Assert.Equal(["granskare"], account.Roles);
        Assert.Equal([DemoUsers.Granskare.Organisation], account.Organisations);
    }

    [Fact]
    public async Task ChangeAnAccount_NewNameAndAGroup_KeepsItsEmailAndRoles()
    {
        var page = Render<AccountsPage>();
        page.WaitForAssertion(() => page.Find($"button[aria-label='Ändra {DemoUsers.Narvardskontoret.DisplayName}']").Click());

        Field(page, "Namn").Change("Nils Närvård-Ny");
        CheckBox(page, "[data-testid=group-choice]", "Vårdsamverkansgruppen").Change(true);
        page.Find("button:contains('Spara kontot')").Click();

        page.WaitForAssertion(() => Assert.Contains("Kontot Nils Närvård-Ny är sparat.", page.Find("[data-testid=admin-saved]").TextContent));
        var account = Assert.Single(await ListAsync(), a => a.User.Id == DemoUsers.Narvardskontoret.Email);
        Assert.Equal("Nils Närvård-Ny", account.DisplayName);
        Assert.Equal(["au", "narvardskontoret", "vardsamverkansgrupp"], account.Groups.Order());
        Assert.Equal([DemoUsers.Narvardskontoret.Role], account.Roles);
    }

    private static string Status(IRenderedComponent<AccountsPage> page) =>
        page.Find($"[data-testid=account-row][data-id='{DemoUsers.Granskare.Email}'] [data-testid=account-status]").TextContent;

    private static Task ChooseOrganisationsAsync(IRenderedComponent<AccountsPage> page, params string[] ids)
    {
        var select = page.FindComponent<MudSelect<string>>();
        return page.InvokeAsync(() => select.Instance.SelectedValuesChanged.InvokeAsync(ids));
    }

    private async Task<IReadOnlyList<AccountAdministration.Account>> ListAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountAdministration>().ListAsync(CancellationToken.None);
    }
}
