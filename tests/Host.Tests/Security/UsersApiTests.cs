using System.Net;
using System.Net.Http.Json;
using Samverkan.Host.Security.Accounts;
using Samverkan.Host.Tests.Api;
using Samverkan.Host.Tests.Infrastructure;

namespace Samverkan.Host.Tests.Security;

/// <summary>/api/users: an administrator makes, changes and locks local accounts, and they sign in as made.</summary>
public sealed class UsersApiTests : IAsyncDisposable
{
    private const string Password = "Ett-långt-lösenord-1";

    private readonly AccountsHost _host = new();
    private readonly HttpClient _admin;

    public UsersApiTests()
    {
        _admin = _host.Factory.CreateClient();
        _admin.DefaultRequestHeaders.SignInAs(DemoUsers.Admin);
    }

    [Fact]
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

    [Fact]
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

    [Fact]
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

    [Fact]
    public async Task Change_UnknownAccount_Is404()
    {
        var response = await _admin.PutAsJsonAsync("/api/users/ingen@samverkan.test",
            new { displayName = "X", roles = new[] { "chef" }, organisations = new[] { "kommun-a" }, locked = false });

        await ApiClient.ExpectProblemAsync(response, HttpStatusCode.NotFound);
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _host.DisposeAsync();
    }
}
