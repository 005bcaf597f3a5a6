using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Samverkan.Host.Audit;
using Samverkan.Host.Persistence;
using Samverkan.Host.Cases.ProcessData;
using Samverkan.Host.Components.Instances;
using Samverkan.Host.Components.Shared;
using Samverkan.Host.Security;
using Samverkan.Web.Tests.Designer;
using Samverkan.Web.Tests.Infrastructure;
using Samverkan.Workflows.Execution;

namespace Samverkan.Web.Tests.Instances;

/// <summary>The instance page on a real engine (in-memory store): the diagram gets the highlights, an incident is retried.</summary>
public sealed class InstancePageTests : WebComponentTest, IAsyncLifetime
{
    // The assignee expression needs a variable the instance lacks: entering the task becomes an incident.
    private const string Xml = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
          <bpmn:process id="prov" name="Provprocess" isExecutable="true">
            <bpmn:startEvent id="start" name="Start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="review" name="Granska underlaget" camunda:assignee="${handlaggare}" />
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly ProcessEngine _engine = DesignerEngine.Create(new FakeTimeProvider(new DateTimeOffset(2025, 6, 16, 7, 30, 0, TimeSpan.Zero)));
    private readonly BunitJSModuleInterop _bpmn;

    public InstancePageTests()
    {
        Services.AddSingleton(_engine);
        Services.AddSingleton(_engine.Queries);
        Services.AddLogging();
        // These instances have no case: the cases database is never opened, but the page asks who may see what.
        Services.AddDbContextFactory<CasesDbContext>(b => b.UseSqlite("Data Source=:memory:"));
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<AccessLog>();
        Services.AddSingleton<CaseFinder>();
        Services.AddSingleton<ProcessDataAccess>();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        _bpmn = JSInterop.SetupModule("./lib/bpmn/samverkan-bpmn.js");
        SignIn("admin-1", "narvardskontoret", Roles.Admin);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's key interceptor (behind the buttons) can only be disposed asynchronously.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    [Fact]
    public async Task Incident_IsShownOnTheDiagramAndListed_RetryAfterTheFix_LeavesTheTaskActive()
    {
        Assert.True((await _engine.DeployAsync(Xml)).Succeeded);
        var instance = await _engine.StartAsync("prov", "bk-1", new Dictionary<string, object?> { ["klientNamn"] = "Tolvan" });

        var page = Render<InstancePage>(p => p.Add(x => x.Id, instance.Id));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=incident]")));

        var shown = Assert.IsType<InstanceHighlights>(_bpmn.Invocations["createViewer"].Single().Arguments[2]);
        Assert.Equal(new Dictionary<string, int> { ["review"] = 1 }, shown.Incidents);
        Assert.Equal(["start", "f1"], shown.Completed);
        Assert.Contains("Granska underlaget", page.Find("[data-testid=incident]").TextContent);
        Assert.Contains(VariableMask.Masked, page.Find("[data-variable=klientNamn]").TextContent);
        Assert.DoesNotContain("Tolvan", page.Markup);

        await _engine.SetVariablesAsync(instance.Id, new Dictionary<string, object?> { ["handlaggare"] = "anna" });
        page.FindAll("button").Single(b => b.TextContent.Contains("Försök igen")).Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=incident]")));
        Assert.Contains("Incident löstes", page.Find("[data-testid=instance-timeline]").TextContent);
        Assert.Equal("anna", (await _engine.QueryTasksAsync(new() { InstanceId = instance.Id })).Items.Single().Assignee);
    }

    [Fact]
    public async Task Retry_OfAnIncidentSomeoneElseResolved_ShowsASwedishError()
    {
        Assert.True((await _engine.DeployAsync(Xml)).Succeeded);
        var instance = await _engine.StartAsync("prov", "bk-2");
        var page = Render<InstancePage>(p => p.Add(x => x.Id, instance.Id));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=incident]")));
        await _engine.CancelAsync(instance.Id, "Avslutad i en annan flik");

        page.FindAll("button").Single(b => b.TextContent.Contains("Försök igen")).Click();

        page.WaitForAssertion(() => Assert.Contains("Att försöka igen gick inte", page.Find(".mud-alert-text-error").TextContent));
        Assert.Contains("Avbruten", page.Find("[data-testid=instance-status]").TextContent);
    }

    [Fact]
    public void UnknownInstance_SaysSoInSwedish()
    {
        var page = Render<InstancePage>(p => p.Add(x => x.Id, Guid.NewGuid()));

        page.WaitForAssertion(() => Assert.Equal("Instansen finns inte", page.Find("h1").TextContent));
    }
}
