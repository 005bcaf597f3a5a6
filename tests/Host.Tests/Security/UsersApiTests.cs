using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Security;
using Samverkan.Host.Security.Accounts;
using Samverkan.Host.Tests.Api;
using Samverkan.Testing;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Security;

/// <summary>/api/users: an administrator makes, changes and locks local accounts, and they sign in as made.</summary>
public abstract class UsersApiTests : IAsyncDisposable
{
    private const string Password = "Ett-långt-lösenord-1";

    private readonly AccountsHost _host;
    private readonly HttpClient _admin;

    protected UsersApiTests(StorageProvider storage)
    {
        _host = new AccountsHost(storage);
        _admin = _host.CreateClient();
        _admin.DefaultRequestHeaders.SignInAs(DemoUsers.Admin);
    }

    [ProviderFact]
    public async Task Create_ThenSignIn_TheAccountHasItsRoleAndOrganisation()
    {
        var email = $"ny-{Guid.NewGuid():N}@samverkan.test";

        var created = await _admin.PostAsJsonAsync("/api/users",
            new { email, displayName = "Nina Ny", password = Password, roles = new[] { "granskare" }, organisations = new[] { "region-b" } });
        var user = await ApiClient.ExpectAsync(created, HttpStatusCode.Created);
        using var signedIn = await _host.SignInAsync(email, Password);

        Assert.Equal(email, user.GetProperty("id").GetString());
        Assert.Equal(["granskare"], user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await signedIn.GetAsync("/api/definitions")).StatusCode);
    }

    [ProviderFact]
    public async Task Create_UnknownRoleOrWeakPassword_Is422NamingTheFieldAndNothingIsMade()
    {
        var email = $"ny-{Guid.NewGuid():N}@samverkan.test";

        var badRole = await _admin.PostAsJsonAsync("/api/users",
            new { email, displayName = "X", password = Password, roles = new[] { "superuser" }, organisations = new[] { "kommun-a" } });
        var weak = await _admin.PostAsJsonAsync("/api/users",
            new { email, displayName = "X", password = "kort", roles = new[] { "chef" }, organisations = new[] { "kommun-a" } });

        var roleProblem = await ApiClient.ExpectProblemAsync(badRole, HttpStatusCode.UnprocessableEntity);
        var passwordProblem = await ApiClient.ExpectProblemAsync(weak, HttpStatusCode.UnprocessableEntity);
        Assert.Contains(ApiClient.Errors(roleProblem), e => e.GetProperty("field").GetString() == "roles");
        Assert.Contains(ApiClient.Errors(passwordProblem), e => e.GetProperty("field").GetString() == "password");
        var all = await ApiClient.ExpectAsync(await _admin.GetAsync("/api/users"), HttpStatusCode.OK);
        Assert.DoesNotContain(all.EnumerateArray(), u => u.GetProperty("id").GetString() == email);
    }

    [ProviderFact]
    public async Task Change_LockAndNewRole_LockedAccountCannotSignIn()
    {
        var email = $"ny-{Guid.NewGuid():N}@samverkan.test";
        await ApiClient.ExpectAsync(await _admin.PostAsJsonAsync("/api/users",
            new { email, displayName = "Lars Lås", password = Password, roles = new[] { "handlaggare" }, organisations = new[] { "kommun-a" } }), HttpStatusCode.Created);

        var changed = await ApiClient.ExpectAsync(await _admin.PutAsJsonAsync($"/api/users/{email}",
            new { displayName = "Lars Lås", roles = new[] { "chef" }, organisations = new[] { "kommun-a", "region-b" }, locked = true }), HttpStatusCode.OK);
        using var anonymous = _host.Anonymous();
        var login = await anonymous.PostAsJsonAsync("/api/account/login", new { email, password = Password });

        Assert.True(changed.GetProperty("lockedOut").GetBoolean());
        Assert.Equal(["chef"], changed.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(2, changed.GetProperty("organisations").GetArrayLength());
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [ProviderFact]
    public async Task Create_NoDisplayName_Is422NamingDisplayName_InSwedish()
    {
        var response = await _admin.PostAsJsonAsync("/api/users", new
        {
            email = $"ny-{Guid.NewGuid():N}@samverkan.test", displayName = " ", password = Password, roles = new[] { "chef" }, organisations = new[] { "kommun-a" },
        });

        var error = Assert.Single(ApiClient.Errors(await ApiClient.ExpectProblemAsync(response, HttpStatusCode.UnprocessableEntity)));
        Assert.Equal("displayName", error.GetProperty("field").GetString());
        Assert.Equal("Ange kontots namn.", error.GetProperty("message").GetString());
    }

    [ProviderFact]
    public async Task Create_ShortPassword_IsRefusedInSwedish()
    {
        var response = await _admin.PostAsJsonAsync("/api/users", new
        {
            email = $"ny-{Guid.NewGuid():N}@samverkan.test", displayName = "Kort", password = "Kort-1", roles = new[] { "chef" }, organisations = new[] { "kommun-a" },
        });

        var errors = ApiClient.Errors(await ApiClient.ExpectProblemAsync(response, HttpStatusCode.UnprocessableEntity));
        Assert.Contains(errors, e => e.GetProperty("field").GetString() == "password" && e.GetProperty("message").GetString() == "Lösenordet måste ha minst 12 tecken.");
    }

    [ProviderFact]
    public async Task Unlock_ALockedAccount_SignsInAgain()
    {
        var email = $"ny-{Guid.NewGuid():N}@samverkan.test";
        var account = new { displayName = "Ulla Upplåst", roles = new[] { "granskare" }, organisations = new[] { "region-b" } };
        await ApiClient.ExpectAsync(await _admin.PostAsJsonAsync("/api/users",
            new { email, account.displayName, password = Password, account.roles, account.organisations }), HttpStatusCode.Created);
        await ApiClient.ExpectAsync(await _admin.PutAsJsonAsync($"/api/users/{email}",
            new { account.displayName, account.roles, account.organisations, locked = true }), HttpStatusCode.OK);

        var unlocked = await ApiClient.ExpectAsync(await _admin.PutAsJsonAsync($"/api/users/{email}",
            new { account.displayName, account.roles, account.organisations, locked = false }), HttpStatusCode.OK);
        using var signedIn = await _host.SignInAsync(email, Password);

        Assert.False(unlocked.GetProperty("lockedOut").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/api/audit")).StatusCode);
    }

    [ProviderFact]
    public async Task Change_UnknownAccount_Is404()
    {
        var response = await _admin.PutAsJsonAsync("/api/users/ingen@samverkan.test",
            new { displayName = "X", roles = new[] { "chef" }, organisations = new[] { "kommun-a" }, locked = false });

        await ApiClient.ExpectProblemAsync(response, HttpStatusCode.NotFound);
    }

    [ProviderFact]
    public async Task Groups_SetThroughTheApi_DecideWhichTasksTheSignedInAccountSees()
    {
        var email = $"ny-{Guid.NewGuid():N}@samverkan.test";
        var group = $"group-{Guid.NewGuid():N}";
        var account = new { email, displayName = "Greger Grupp", password = Password, roles = new[] { "handlaggare" }, organisations = new[] { "kommun-c" } };
        var created = await ApiClient.ExpectAsync(await _admin.PostAsJsonAsync("/api/users", new
        {
            account.email, account.displayName, account.password, account.roles, account.organisations, groups = new[] { group, " " + group.ToUpperInvariant() + " " },
        }), HttpStatusCode.Created);
        var instanceId = await StartReviewAsync(group);

        using var member = await _host.SignInAsync(email, Password);
        var seen = await ApiClient.ExpectAsync(await member.GetAsync($"/api/tasks?instanceId={instanceId}"), HttpStatusCode.OK);
        var kept = await ApiClient.ExpectAsync(await _admin.PutAsJsonAsync($"/api/users/{email}",
            new { account.displayName, account.roles, account.organisations, locked = false }), HttpStatusCode.OK);
        var cleared = await ApiClient.ExpectAsync(await _admin.PutAsJsonAsync($"/api/users/{email}",
            new { account.displayName, account.roles, account.organisations, locked = false, groups = Array.Empty<string>() }), HttpStatusCode.OK);
        using var former = await _host.SignInAsync(email, Password);
        var unseen = await ApiClient.ExpectAsync(await former.GetAsync($"/api/tasks?instanceId={instanceId}"), HttpStatusCode.OK);

        Assert.Equal([group], created.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(1, seen.GetProperty("total").GetInt32());
        Assert.Equal([group], kept.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(0, cleared.GetProperty("groups").GetArrayLength());
        Assert.Equal(0, unseen.GetProperty("total").GetInt32());
    }

    [ProviderFact]
    public async Task Create_GroupWithAComma_Is422NamingGroups()
    {
        var response = await _admin.PostAsJsonAsync("/api/users", new
        {
            email = $"ny-{Guid.NewGuid():N}@samverkan.test", displayName = "X", password = Password,
            roles = new[] { "handlaggare" }, organisations = new[] { "kommun-a" }, groups = new[] { "au,ledningsniva" },
        });

        var problem = await ApiClient.ExpectProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("groups", Assert.Single(ApiClient.Errors(problem)).GetProperty("field").GetString());
    }

    [ProviderFact]
    public async Task Seeding_ADemoAccountFromBeforeGroups_GivesItItsGroupsAndKeepsOthers()
    {
        var demo = DemoUsers.Handlaggare;
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = (await users.FindByIdAsync(demo.Email))!;
            await users.RemoveClaimsAsync(user, (await users.GetClaimsAsync(user)).Where(c => c.Type == SamverkanClaims.Group));
            await users.AddClaimAsync(user, new Claim(SamverkanClaims.Group, "extra-grupp"));
        }

        await _host.Services.InitializeAccountsAsync(seedDemoUsers: true, CancellationToken.None);

        var listed = await ApiClient.ExpectAsync(await _admin.GetAsync("/api/users"), HttpStatusCode.OK);
        var groups = listed.EnumerateArray().Single(u => u.GetProperty("id").GetString() == demo.Email)
            .GetProperty("groups").EnumerateArray().Select(g => g.GetString()!).Order().ToList();
        Assert.Equal(demo.Groups.Append("extra-grupp").Order(), groups);
    }

    /// <summary>A Review instance whose task is for <paramref name="group"/>, deployed by the demo designer and started by the demo handläggare.</summary>
    private async Task<string> StartReviewAsync(string group)
    {
        using var client = _host.CreateClient();
        var api = new ApiClient(client);
        client.DefaultRequestHeaders.SignInAs(DemoUsers.Designer);
        var key = (await api.DeployAsync(new TestProcess("Review.bpmn"))).Name("api_review");
        client.DefaultRequestHeaders.SignInAs(DemoUsers.Handlaggare);
        return (await api.StartAsync(key, new { variables = new { group, dueInDays = 3 } })).GetProperty("id").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _host.DisposeAsync();
    }

    public sealed class Sqlite() : UsersApiTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : UsersApiTests(StorageProvider.PostgreSql);
}
