using System.Reflection;
using Microsoft.AspNetCore.Components;
using Samverkan.Host.Components.Inbox;
using Samverkan.Host.Components.Notifications;
using Samverkan.Host.Components.Shared;

namespace Samverkan.Web.Tests.Shared;

/// <summary>Links built with <see cref="WebRoutes"/> (in e-mails too) lead to the pages that own those addresses.</summary>
public sealed class WebRoutesTests
{
    [Fact]
    public void Task_IsTheTaskPagesRoute()
    {
        var id = Guid.NewGuid();

        Assert.Equal(Route<TaskPage>().Replace("{id:guid}", id.ToString()), WebRoutes.Task(id));
    }

    [Fact]
    public void Notifications_IsTheNotificationsPagesRoute() =>
        Assert.Equal(WebRoutes.Notifications, Route<NotificationsPage>());

    private static string Route<TPage>() => Assert.Single(typeof(TPage).GetCustomAttributes<RouteAttribute>()).Template;
}
