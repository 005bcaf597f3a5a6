using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Audit;
using Samverkan.Host.Cases;
using Samverkan.Host.Components.Inbox;
using Samverkan.Host.Security;
using Samverkan.Host.Tests.Infrastructure;
using Samverkan.Host.Tests.Processes;
using Samverkan.Workflows.Abstractions;
using Samverkan.Host.Persistence.Cases;
using Samverkan.Host.Persistence.Audit;

namespace Samverkan.Host.Tests.Components.Inbox;

/// <summary>
/// The task page's context on a SIP whose business key is a case: the case is read through CaseService, with the task as
/// the reason, and the variables are shown or masked by the same decision.
/// </summary>
[Trait("Category", "Slow")]
public sealed class TaskContextLoaderTests : IAsyncLifetime
{
    // Hugo registers the cases for kommun-a; Rut works in region-b, which takes part.
    private static readonly ICurrentUser Hugo = new PageUser("hugo", [Roles.Handlaggare], ["kommun-a"]);
    private static readonly ICurrentUser Rut = new PageUser("rut", [Roles.Handlaggare], ["region-b"]);
    private static readonly ICurrentUser Auditor = new PageUser("greta", [Roles.Granskare], ["region-b"]);

    private readonly ProcessHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Load_OtherOrganisationWithoutConsent_ShowsTheCaseAndTheNeedDeidentified_AndLogsNoRead()
    {
        var (view, task) = await SipOnCaseAsync();

        var context = await Loader.LoadAsync(task, Rut);

        Assert.Equal(view.Case.Id, context.Case!.Case.Id);
        Assert.Null(context.Case.Person);
        Assert.Contains(context.Variables, v => v.Key == "Beskrivning av behovet" && v.Value == "●●● (dold)");
        Assert.DoesNotContain(context.Variables, v => v.Value.Contains("samordning", StringComparison.Ordinal));
        Assert.DoesNotContain(await ReadsAsync(), e => e.TaskId == task.Id);
    }

    [Fact]
    public async Task Load_RegisteringOrganisationWithoutConsent_ShowsTheIndividual_AndLogsTheRead()
    {
        var (view, task) = await SipOnCaseAsync();

        var context = await Loader.LoadAsync(task, Hugo);

        Assert.Equal("Test Testsson", context.Case!.Person!.Name);
        Assert.Equal("hugo", Assert.Single(await ReadsAsync(), e => e.TaskId == task.Id).UserId);
        Assert.Equal(view.Case.Id, context.Case.Case.Id);
    }

    [Fact]
    public async Task Load_WithConsentNamingTheUsersOrganisation_ShowsTheIndividual_AndLogsTheReadWithTheTask()
    {
        var (view, task) = await SipOnCaseAsync();
        await _host.Services.GetRequiredService<ConsentService>().GiveAsync(view.Case.Id,
            new NewConsent(["region-b"], ["SIP"], null, _host.Clock.GetUtcNow().AddYears(1), ConsentGiver.Self), Hugo, default);

        var context = await Loader.LoadAsync(task, Rut);

        Assert.Equal("Test Testsson", context.Case!.Person!.Name);
        Assert.Contains(context.Variables, v => v.Key == "Beskrivning av behovet" && v.Value == "Behöver samordning.");
        var read = Assert.Single(await ReadsAsync(), e => e.TaskId == task.Id);
        Assert.Equal("rut", read.UserId);
        Assert.Equal(view.Case.Id, read.CaseId);
    }

    [Fact]
    public async Task Load_NamesTheStepsInTheHistory_AndShowsTheNeedButNotPersonalVariables()
    {
        var (_, task) = await SipOnCaseAsync();

        var context = await Loader.LoadAsync(task, Hugo);

        Assert.Equal(["Processen startade", "Uppgiften ”Bedöm behov av SIP” skapades"], context.Timeline.Select(e => e.Text));
        Assert.Contains(context.Variables, v => v.Key == "Beskrivning av behovet" && v.Value == "Behöver samordning.");
        Assert.DoesNotContain(context.Variables, v => v.Value.Contains("Testsson", StringComparison.Ordinal));
        Assert.Contains("assessNeed", context.DiagramXml);
    }

    private TaskContextLoader Loader => _host.Services.GetRequiredService<TaskContextLoader>();

    private async Task<(CaseView View, Samverkan.Workflows.Monitoring.UserTaskView Task)> SipOnCaseAsync()
    {
        var view = await _host.Services.GetRequiredService<CaseService>().CreateAsync(
            new NewCase(["kommun-a", "region-b"], "SIP inför utskrivning", "19121212-1212", "Test Testsson"), Hugo, default);
        var sip = await _host.Engine.StartAsync("sip", view.Case.BusinessKey, new Dictionary<string, object?>
        {
            ["needDescription"] = "Behöver samordning.",
            ["personName"] = "Test Testsson",
        });
        var task = Assert.Single((await _host.Engine.QueryTasksAsync(new TaskQuery { InstanceId = sip.Id })).Items);
        return (view, task);
    }

    private async Task<IReadOnlyList<AuditEntry>> ReadsAsync() =>
        (await _host.Services.GetRequiredService<AuditReader>().PageAsync(new AuditFilter(null, null, null, null, AuditAction.Read), 1, 100, Auditor, default)).Items;
}
