using Microsoft.Playwright;
using Samverkan.Host.Security.Accounts;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.EndToEnd;

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class NotificationsPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task NewTaskNotification_AppearsLive_LinksToTheTask_AndIsMarkedRead()
    {
        var user = DemoUsers.Handlaggare;
        var page = await fixture.SignInAsync(user);
        await page.GotoAsync("/notiser");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Notiser");

        // Tasks for the user appear on the open page without a reload.
        var taskIds = new List<string>();
        using (var api = await EngineApi.SignInAsync(fixture.Host, user))
        {
            for (var i = 0; i < 2; i++)
            {
                var instanceId = await api.StartDeviationAsync($"notis-{Guid.NewGuid():N}"[..16], user.Email);
                var tasks = await api.GetAsync($"/api/tasks?instanceId={instanceId}");
                taskIds.Add(tasks.GetProperty("items")[0].GetProperty("id").GetString()!);
            }
        }
        var notification = Notification(page, taskIds[0]);
        await Assertions.Expect(Notification(page, taskIds[1])).ToHaveAttributeAsync("data-read", "false");
        await Assertions.Expect(notification).ToHaveCountAsync(1);
        await Assertions.Expect(notification).ToHaveAttributeAsync("data-read", "false");
        await Assertions.Expect(notification).ToContainTextAsync("Beskriv avvikelsen");
        await Assertions.Expect(notification.GetByRole(AriaRole.Link, new() { Name = "Öppna uppgiften" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "43-notiser");

        await notification.GetByRole(AriaRole.Button, new() { Name = "Markera som läst" }).ClickAsync();

        await Assertions.Expect(notification).ToHaveAttributeAsync("data-read", "true");
        await Assertions.Expect(notification.GetByRole(AriaRole.Button, new() { Name = "Markera som läst" })).ToHaveCountAsync(0);
        // Read ones come after every unread one.
        await page.ReloadAsync();
        var states = await page.GetByTestId("notification").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.read)");
        Assert.Equal(states.OrderBy(s => s == "true").ToArray(), states);

        await page.GetByRole(AriaRole.Button, new() { Name = "Markera alla som lästa" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=notification][data-read=false]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("unread-count")).ToHaveTextAsync("0 olästa");
        // The badge in the app bar follows.
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Notiser, 0 olästa" })).ToBeVisibleAsync();
        await Assertions.Expect(Notification(page, taskIds[1])).ToHaveAttributeAsync("data-read", "true");
    }

    private static ILocator Notification(IPage page, string taskId) =>
        page.GetByTestId("notification").Filter(new() { Has = page.Locator($"a[href=\"/inkorg/{taskId}\"]") });
}
