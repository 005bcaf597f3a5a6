using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Components.Designer;
using Samverkan.Host.Security;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.Designer;

public sealed class NewProcessPageTests : HostStoresComponentTest
{
    public NewProcessPageTests()
    {
        Services.AddSingleton(DesignerEngine.Create());
        SignIn("designer-1", "region", Roles.Processdesigner);
    }

    [Fact]
    public void Submit_KeyWithSpace_ShowsTheMessageBesideTheField_AndNoModeler()
    {
        var page = Render<NewProcess>();

        page.Find("input[data-testid=key]").Change("min process");
        page.Find("input[data-testid=name]").Change("Min process");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("får bara innehålla", page.Find("input[data-testid=key]").Closest(".mud-input-control")!.TextContent));
        Assert.Empty(page.FindAll("[data-testid=modeler]"));
    }

    [Fact]
    public void Submit_ValidForm_OpensTheModelerUnpublished()
    {
        var page = Render<NewProcess>();

        page.Find("input[data-testid=key]").Change("ny-process");
        page.Find("input[data-testid=name]").Change("Ny process för test");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal("Ny process för test", page.Find("[data-testid=modeler-title]").TextContent));
        Assert.Single(page.FindAll("[data-testid=modeler]"));
        // A draft from a template is not deployed: unsaved until it is published.
        Assert.Contains("Osparade ändringar", page.Find("[data-testid=unsaved]").TextContent);
    }
}
