using Bunit;
using Samverkan.Host.Components.Layout;
using Samverkan.Host.Security;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.Layout;

public sealed class NavMenuTests : WebComponentTest
{
    [Theory]
    [InlineData(Roles.Handlaggare, new[] { "/", "/inkorg", "/arenden", "/starta", "/notiser" })]
    [InlineData(Roles.Narvardskontoret, new[] { "/", "/inkorg", "/arenden", "/starta", "/notiser" })]
    [InlineData(Roles.Processdesigner, new[] { "/", "/processer", "/regler", "/instanser", "/notiser" })]
    [InlineData(Roles.Chef, new[] { "/", "/inkorg", "/arenden", "/starta", "/regler", "/rapporter", "/notiser" })]
    [InlineData(Roles.Granskare, new[] { "/", "/logg", "/notiser" })]
    [InlineData(Roles.Admin, new[] { "/", "/instanser", "/admin/anvandare", "/admin/organisationer", "/notiser" })]
    public void Menu_ShowsTheLinksTheRoleMayUse(string role, string[] expected)
    {
        SignIn("user-1", "kommun-a", role);

        var menu = Render<NavMenu>();

        var links = menu.FindAll("a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Equal(expected, links);
    }
}
