using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Samverkan.Host.Security;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.Admin;

/// <summary>The administration pages in bUnit, signed in as an administrator, on the host's stores.</summary>
public abstract class AdminPageTest : HostStoresComponentTest
{
    protected AdminPageTest()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        SignIn("admin@samverkan.test", "narvardskontoret", Roles.Admin);
    }

    /// <summary>The input a label names.</summary>
    protected static IElement Field<T>(IRenderedComponent<T> cut, string label) where T : IComponent =>
        cut.Find($"#{cut.Find($"label:contains('{label}')").GetAttribute("for")}");

    /// <summary>The checkbox whose label contains <paramref name="label"/>, inside <paramref name="within"/>.</summary>
    protected static IElement CheckBox<T>(IRenderedComponent<T> cut, string within, string label) where T : IComponent =>
        cut.Find($"{within} label:contains('{label}') input[type=checkbox]");
}
