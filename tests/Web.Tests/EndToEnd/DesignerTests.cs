using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Xml.Linq;
using Microsoft.Playwright;
using Samverkan.Host.Components.Designer;
using Samverkan.Host.Security.Accounts;
using Samverkan.Web.Tests.Infrastructure;

namespace Samverkan.Web.Tests.EndToEnd;

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class DesignerTests(BrowserFixture fixture)
{
    private const string Timer = "reminderTimer";
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";
    private static readonly XNamespace Camunda7 = "http://camunda.org/schema/1.0/bpmn";

    [Fact]
    public async Task Designer_ChangesATimerInTheModeler_AndDeploysANewVersion()
    {
        // A process of its own, so that no other test sees its versions.
        var key = UniqueKey("timer");
        using var api = await ApiAsync(DemoUsers.Designer);
        await DeployAsync(api, ProcessTemplates.TaskWithReminder.Create(key, "Påminnelsetest"));
        using var worker = await ApiAsync(DemoUsers.Handlaggare);
        using var started = await worker.PostAsJsonAsync($"/api/definitions/{key}/instances/", new { businessKey = key });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var page = await fixture.SignInAsync(DemoUsers.Designer);

        await page.GotoAsync("/processer");
        var row = page.Locator($"[data-testid=process][data-key='{key}']");
        await Assertions.Expect(row.Locator("[data-testid=version-row]")).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Påminnelsetest");
        await Assertions.Expect(row.Locator("[data-testid=version-row][data-version='1'] [data-testid=running]")).ToHaveTextAsync("1");
        await BrowserFixture.ScreenshotAsync(page, "20-processer");

        await row.GetByRole(AriaRole.Link, new() { Name = "Öppna Påminnelsetest i modelleraren" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/processer/{key}", StringComparison.Ordinal));
        await page.Locator($"[data-element-id={Timer}]").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("selected-element")).ToContainTextAsync(Timer);
        var value = await TimerValueAsync(page);
        await Assertions.Expect(value).ToHaveValueAsync("P1D");
        await value.FillAsync("P3D");
        await Assertions.Expect(page.GetByTestId("unsaved")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "21-modeler");

        await page.GetByTestId("publish").ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith($"/processer/{key}/v/2", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("modeler-version")).ToContainTextAsync("version 2 av 2");
        await Assertions.Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
        var deployed = await api.GetStringAsync($"/api/definitions/{key}/xml?version=2");
        Assert.Contains(">P3D</bpmn:timeDuration>", deployed);
        Assert.Contains(">P1D</bpmn:timeDuration>", await api.GetStringAsync($"/api/definitions/{key}/xml?version=1"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-xml").ClickAsync());
        Assert.Equal($"{key}-v2.bpmn", download.SuggestedFilename);
        Assert.Contains(">P3D</bpmn:timeDuration>", await File.ReadAllTextAsync(await download.PathAsync()));

        await page.GotoAsync($"/processer/{key}/jamfor?fran=1&till=2");
        var changed = page.Locator($"[data-testid=compare-row][data-element={Timer}]");
        await Assertions.Expect(changed).ToHaveAttributeAsync("data-kind", "Changed");
        await Assertions.Expect(changed).ToContainTextAsync("Timer: varaktighet");
        await Assertions.Expect(changed).ToContainTextAsync("P1D → P3D");
        await Assertions.Expect(page.Locator("[data-testid=compare-row]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("new-diagram").Locator($"[data-element-id={Timer}]").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "23-jamfor-versioner");

        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Designer_ValidatesABrokenDiagram_AndSeesTheErrorOnItsElement_NothingIsDeployed()
    {
        var key = UniqueKey("trasig");
        var page = await fixture.SignInAsync(DemoUsers.Designer);
        await page.GotoAsync("/processer/ny");
        // The button is enabled once the page is interactive; what is typed before that would be lost.
        await Assertions.Expect(page.GetByTestId("create")).ToBeEnabledAsync();
        await page.GetByLabel("Uppgift med påminnelse").CheckAsync();
        await page.GetByLabel("Nyckel").FillAsync(key);
        await page.GetByLabel("Namn").FillAsync("Trasig process");
        await Assertions.Expect(page.GetByLabel("Uppgift med påminnelse")).ToBeCheckedAsync();
        await page.GetByTestId("create").ClickAsync();
        await Assertions.Expect(page.GetByTestId("modeler-title")).ToHaveTextAsync("Trasig process");

        await page.Locator($"[data-element-id={Timer}]").First.ClickAsync();
        await (await TimerValueAsync(page)).FillAsync("tre dagar");
        await page.GetByTestId("validate").ClickAsync();

        var problem = page.Locator($"[data-testid=problem][data-element={Timer}]");
        await Assertions.Expect(problem).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"g.sv-error[data-element-id={Timer}]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".sv-badge-error")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("validation-outcome")).ToContainTextAsync("1 fel");
        // Clicking the error selects its element.
        await page.Locator("[data-element-id=start]").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("selected-element")).ToContainTextAsync("start");
        await problem.ClickAsync();
        await Assertions.Expect(page.GetByTestId("selected-element")).ToContainTextAsync(Timer);
        await BrowserFixture.ScreenshotAsync(page, "22-valideringsfel");

        await page.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("validation-outcome")).ToContainTextAsync("Inte publicerad");
        using var api = await ApiAsync(DemoUsers.Designer);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/definitions/{key}")).StatusCode);

        AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Designer_RenamesATaskInACamunda8File_AndTheNewVersionKeepsItsZeebeExtensions()
    {
        var key = UniqueKey("zeebe");
        using var api = await ApiAsync(DemoUsers.Designer);
        await DeployAsync(api, Camunda8File(key));
        var page = await fixture.SignInAsync(DemoUsers.Designer);

        await page.GotoAsync($"/processer/{key}");
        await Assertions.Expect(page.GetByTestId("modeler-version")).ToContainTextAsync("version 1 av 1");
        await page.Locator("[data-element-id=assess]").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("selected-element")).ToContainTextAsync("assess");
        var name = await PanelFieldAsync(page, "group-general", "bio-properties-panel-name");
        await Assertions.Expect(name).ToHaveValueAsync("Bedöm ansökan");
        await name.FillAsync("Bedöm ansökan noga");
        await Assertions.Expect(page.GetByTestId("unsaved")).ToBeVisibleAsync();
        await page.GetByTestId("publish").ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith($"/processer/{key}/v/2", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
        var versions = await api.GetFromJsonAsync<List<VersionResponse>>($"/api/definitions/{key}");
        Assert.Equal([1, 2], versions!.Select(v => v.Version));
        var deployed = XDocument.Parse(await api.GetStringAsync($"/api/definitions/{key}/xml?version=2"));
        Assert.Equal("Bedöm ansökan noga", (string?)Element(deployed, "assess").Attribute("name"));
        var taskDefinition = Assert.Single(Element(deployed, "creditScore").Descendants(Zeebe + "taskDefinition"));
        Assert.Equal("credit-score", (string?)taskDefinition.Attribute("type"));
        Assert.Equal("2", (string?)taskDefinition.Attribute("retries"));
        var input = Assert.Single(Element(deployed, "creditScore").Descendants(Zeebe + "ioMapping").Elements(Zeebe + "input"));
        Assert.Equal("=applicant.name", (string?)input.Attribute("source"));
        Assert.Equal("name", (string?)input.Attribute("target"));
        var assignment = Assert.Single(Element(deployed, "assess").Descendants(Zeebe + "assignmentDefinition"));
        Assert.Equal("handlaggare", (string?)assignment.Attribute("candidateGroups"));
        // Still a Camunda 8 file: the Camunda 7 panel wrote nothing of its own dialect into it.
        Assert.DoesNotContain(deployed.Descendants(), e => e.Name.Namespace == Camunda7 || e.Attributes().Any(a => a.Name.Namespace == Camunda7));

        AssertNoConsoleErrors();
    }

    private static string UniqueKey(string prefix) => $"e2e-{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>The Camunda panel's timer value, its "Timer" group opened if it is closed.</summary>
    private static Task<ILocator> TimerValueAsync(IPage page) =>
        PanelFieldAsync(page, "group-timer", "bio-properties-panel-timerEventDefinitionValue");

    /// <summary>A field of the properties panel, its group opened if it is closed.</summary>
    private static async Task<ILocator> PanelFieldAsync(IPage page, string groupId, string fieldId)
    {
        var field = page.Locator($"#{fieldId}");
        if (!await field.IsVisibleAsync())
        {
            await page.Locator($"[data-group-id={groupId}] .bio-properties-panel-group-header").ClickAsync();
        }
        await Assertions.Expect(field).ToBeVisibleAsync();
        return field;
    }

    private static XElement Element(XDocument document, string id) =>
        document.Descendants().Single(e => (string?)e.Attribute("id") == id && e.Name.Namespace == Bpmn);

    /// <summary>
    /// A Camunda 8 file as Camunda Modeler 5 saves it: a job worker service task with retries and an input mapping,
    /// then a user task for a candidate group.
    /// </summary>
    private static string Camunda8File(string key) => $$"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_1k3x9qa" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.31.0" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.6.0">
          <bpmn:process id="{{key}}" name="Kreditprövning" isExecutable="true">
            <bpmn:startEvent id="start">
              <bpmn:outgoing>flow_start_score</bpmn:outgoing>
            </bpmn:startEvent>
            <bpmn:serviceTask id="creditScore" name="Hämta kreditbetyg">
              <bpmn:extensionElements>
                <zeebe:taskDefinition type="credit-score" retries="2" />
                <zeebe:ioMapping>
                  <zeebe:input source="=applicant.name" target="name" />
                </zeebe:ioMapping>
              </bpmn:extensionElements>
              <bpmn:incoming>flow_start_score</bpmn:incoming>
              <bpmn:outgoing>flow_score_assess</bpmn:outgoing>
            </bpmn:serviceTask>
            <bpmn:userTask id="assess" name="Bedöm ansökan">
              <bpmn:extensionElements>
                <zeebe:assignmentDefinition candidateGroups="handlaggare" />
              </bpmn:extensionElements>
              <bpmn:incoming>flow_score_assess</bpmn:incoming>
              <bpmn:outgoing>flow_assess_end</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:endEvent id="end">
              <bpmn:incoming>flow_assess_end</bpmn:incoming>
            </bpmn:endEvent>
            <bpmn:sequenceFlow id="flow_start_score" sourceRef="start" targetRef="creditScore" />
            <bpmn:sequenceFlow id="flow_score_assess" sourceRef="creditScore" targetRef="assess" />
            <bpmn:sequenceFlow id="flow_assess_end" sourceRef="assess" targetRef="end" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="BPMNDiagram_1">
            <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="{{key}}">
              <bpmndi:BPMNShape id="start_di" bpmnElement="start">
                <dc:Bounds x="179" y="99" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="creditScore_di" bpmnElement="creditScore">
                <dc:Bounds x="270" y="77" width="100" height="80" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="assess_di" bpmnElement="assess">
                <dc:Bounds x="430" y="77" width="100" height="80" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="end_di" bpmnElement="end">
                <dc:Bounds x="592" y="99" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="flow_start_score_di" bpmnElement="flow_start_score">
                <di:waypoint x="215" y="117" />
                <di:waypoint x="270" y="117" />
              </bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="flow_score_assess_di" bpmnElement="flow_score_assess">
                <di:waypoint x="370" y="117" />
                <di:waypoint x="430" y="117" />
              </bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="flow_assess_end_di" bpmnElement="flow_assess_end">
                <di:waypoint x="530" y="117" />
                <di:waypoint x="592" y="117" />
              </bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    /// <summary>A client holding the bearer token of a demo user, signed in through /api/account/login.</summary>
    private async Task<HttpClient> ApiAsync(DemoUser user)
    {
        var client = new HttpClient { BaseAddress = fixture.Host.Address };
        using var login = await client.PostAsJsonAsync("/api/account/login", new { email = user.Email, password = DemoUsers.Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task DeployAsync(HttpClient api, string xml)
    {
        using var response = await api.PostAsync("/api/definitions/?source=e2e", new StringContent(xml, Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private void AssertNoConsoleErrors()
    {
        var ours = fixture.ConsoleErrors.Where(e => e.Contains("/processer", StringComparison.Ordinal)).ToList();
        Assert.Empty(ours);
    }

    private sealed record TokenResponse(string AccessToken);

    private sealed record VersionResponse(int Version);
}
