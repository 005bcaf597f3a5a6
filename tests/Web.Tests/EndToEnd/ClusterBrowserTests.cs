using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Samverkan.Host.Security.Accounts;
using Samverkan.Testing;
using Samverkan.Testing.Databases;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.EndToEnd;

/// <summary>
/// A browser in front of two real nodes on one PostgreSQL database with the Redis backplane, as a user meets a cluster
/// behind a proxy that sends them now to one node, now to the other: the sign-in cookie made by node A works on node B,
/// and a notification raised by a task that node B created arrives live on the page node A serves.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class ClusterBrowserTests(BrowserFixture fixture)
{
    private const string Work = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs-work" targetNamespace="http://samverkan.se/test">
          <bpmn:process id="work" name="Arbete" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="do" />
            <bpmn:userTask id="do" name="Gör det på nod B" camunda:candidateGroups="handlaggare" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [ClusterFact]
    public async Task CookieOfNodeA_WorksOnNodeB_AndANotificationFromNodeB_ReachesThePageOfNodeA()
    {
        await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string> { ["work.bpmn"] = Work });
        var a = nodes[0].Address;
        var b = nodes[1].Address;
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "sv-SE" });
        var page = await context.NewPageAsync();
        var user = DemoUsers.Handlaggare;

        // Signed in on node A: the cookie is node A's work.
        await page.GotoAsync(new Uri(a, "/logga-in").ToString());
        await page.GetByLabel("E-postadress").FillAsync(user.Email);
        await page.GetByLabel("Lösenord").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync(user.DisplayName);

        // Node B reads the same cookie (one host, another port: the browser sends it): the user is signed in there too.
        var onB = await context.NewPageAsync();
        await onB.GotoAsync(new Uri(b, "/notiser").ToString());
        await Assertions.Expect(onB.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Notiser");
        await Assertions.Expect(onB.GetByTestId("signed-in-user")).ToContainTextAsync(user.DisplayName);
        await onB.CloseAsync();

        // The notifications page held by node A's circuit; the task is created by node B.
        await page.GotoAsync(new Uri(a, "/notiser").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Notiser");
        using (var api = await nodes.SignInAsync(1, user))
        {
            using var started = await api.PostAsJsonAsync("/api/definitions/work/instances", new { businessKey = "over-noderna" });
            Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        }

        await Assertions.Expect(page.GetByTestId("notification").Filter(new() { HasText = "Gör det på nod B" })).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await BrowserFixture.ScreenshotAsync(page, "70-notis-fran-nod-b");
    }
}
