using Microsoft.AspNetCore.Http;
using Samverkan.Host.Security;

namespace Samverkan.Host.Tests.Security;

public sealed class HeaderCurrentUserTests
{
    private static ICurrentUser From(params (string Name, string Value)[] headers)
    {
        var http = new DefaultHttpContext();
        foreach (var (name, value) in headers)
        {
            http.Request.Headers.Append(name, value);
        }
        return new HeaderCurrentUser(new HttpContextAccessor { HttpContext = http });
    }

    [Fact]
    public void Headers_GiveUserOrganisationsAndRoles()
    {
        var user = From(("X-Samverkan-User", " anna "), ("X-Samverkan-Organisations", "kommun-a, region-b,,kommun-a"), ("X-Samverkan-Roles", "handlaggare,Granskare"));

        Assert.Equal("anna", user.UserId);
        Assert.False(user.IsAnonymous);
        Assert.Equal(["kommun-a", "region-b"], user.Organisations);
        Assert.True(user.IsInRole(Roles.Granskare));
        Assert.True(user.BelongsTo("REGION-B"));
        Assert.False(user.IsSystem);
    }

    [Fact]
    public void NoUserHeader_IsAnonymousWhateverElseItClaims()
    {
        var user = From(("X-Samverkan-Organisations", "kommun-a"), ("X-Samverkan-Roles", "granskare"));

        Assert.True(user.IsAnonymous);
        Assert.Empty(user.Organisations);
        Assert.False(user.IsInRole(Roles.Granskare));
    }

    [Fact]
    public void ClaimingToBeTheSystem_IsAnonymous()
    {
        var user = From(("X-Samverkan-User", "System"), ("X-Samverkan-Roles", "granskare"));

        Assert.True(user.IsAnonymous);
        Assert.False(user.IsSystem);
    }
}
