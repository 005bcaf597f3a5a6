using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Notifications.Recipients;
using Samverkan.Host.Security.Accounts;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Notifications;

/// <summary>The default directory: the local accounts (demo users in a fresh Development host) beside the configured users.</summary>
public abstract class AccountsDirectoryTests(StorageProvider storage) : NotificationsHostTests(storage)
{
    private IRecipientDirectory Directory => Host.Services.GetRequiredService<IRecipientDirectory>();

    [ProviderFact]
    public async Task NewTask_ForAGroupOfTheDemoHandlaggare_NotifiesBothHandlaggareAndNobodyElse()
    {
        var instance = await Host.Engine.StartAsync("sipTask");

        var hugo = await Host.WaitForAsync(DemoUsers.Handlaggare.Email, 1);
        var rut = await Host.WaitForAsync(DemoUsers.HandlaggareRegion.Email, 1);

        Assert.Equal(instance.Id, Assert.Single(hugo.Items).InstanceId);
        Assert.Equal("Ny uppgift: Bedöm behov av SIP", Assert.Single(rut.Items).Title);
        Assert.Equal(0, (await Host.ListAsync(DemoUsers.Chef.Email)).Total);
        Assert.Equal(0, (await Host.ListAsync("anna")).Total);
    }

    [ProviderTheory]
    [InlineData("sip-samordnare", new[] { "handlaggare.region@samverkan.test", "handlaggare@samverkan.test" })]
    [InlineData("SIP-Samordnare", new[] { "handlaggare.region@samverkan.test", "handlaggare@samverkan.test" })]
    [InlineData("chef", new[] { "chef@samverkan.test" })]
    [InlineData("region-b", new[] { "granskare@samverkan.test", "handlaggare.region@samverkan.test" })]
    [InlineData("au", new[] { "narvard@samverkan.test" })]
    [InlineData("kommun-soc", new[] { "anna", "bo" })]
    [InlineData("narvard", new[] { "bo" })]
    [InlineData("ingen-grupp", new string[0])]
    public async Task MembersOf_CountsExplicitGroupsRolesAndOrganisationsOfAccounts_AndTheConfiguredUsers(string group, string[] expected)
    {
        var members = await Directory.MembersOfAsync(group);

        Assert.Equal(expected, members.Order(StringComparer.Ordinal));
    }

    [ProviderFact]
    public async Task FindUser_AnAccountHasItsNameAndEmail_AConfiguredUserStillResolves()
    {
        var hugo = await Directory.FindUserAsync(DemoUsers.Handlaggare.Email);
        var anna = await Directory.FindUserAsync("anna");

        Assert.Equal(new DirectoryPerson(DemoUsers.Handlaggare.Email, DemoUsers.Handlaggare.DisplayName, DemoUsers.Handlaggare.Email), hugo);
        Assert.Equal("anna@kommun.example", anna?.Email);
        Assert.Null(await Directory.FindUserAsync("okand@samverkan.test"));
    }

    [ProviderFact]
    public async Task LockedOutAccount_IsNoGroupMemberAndHasNoAddress()
    {
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(DemoUsers.HandlaggareRegion.Email))!, DateTimeOffset.MaxValue);
        }

        var members = await Directory.MembersOfAsync("sip-samordnare");

        Assert.Equal([DemoUsers.Handlaggare.Email], members);
        Assert.Null(await Directory.FindUserAsync(DemoUsers.HandlaggareRegion.Email));
    }

    public sealed class Sqlite() : AccountsDirectoryTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : AccountsDirectoryTests(StorageProvider.PostgreSql);
}
