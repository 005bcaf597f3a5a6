using System.Text.Json;
using Samverkan.Rules.Parameters;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Processes;

/// <summary>
/// P5 review cycles (workflows/overenskommelser.bpmn) on the real files: the Södra Älvsborg action plan yearly for
/// Uppdragsgruppen, the Jönköping agreement every second year for strategigruppen, both from parameters.
/// </summary>
[Trait("Category", "Slow")]
public abstract class OverenskommelserTests(StorageProvider storage) : IAsyncLifetime
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);

    private ProcessHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new ProcessHost(storage: storage);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<IReadOnlyList<UserTaskView>> TasksAsync(string elementId) =>
        (await _host.Engine.QueryTasksAsync(new TaskQuery { DefinitionKey = "overenskommelser", PageSize = 500 })).Items.Where(t => t.ElementId == elementId).ToList();

    private Task ChangeAsync(string parameter, string value) =>
        _host.Parameters.ChangeAsync(parameter, new ParameterChangeRequest(JsonSerializer.SerializeToElement(value), "chef", "Beslut i styrgruppen"));

    [ProviderFact]
    public async Task ActionPlanReview_OnTheCycleStart_TaskForUppdragsgruppen()
    {
        await _host.AdvanceToAsync(new DateTimeOffset(2026, 3, 16, 7, 59, 0, Winter));
        Assert.Empty(await TasksAsync("reviewActionPlan"));

        await _host.AdvanceAsync(TimeSpan.FromMinutes(1));

        var task = Assert.Single(await TasksAsync("reviewActionPlan"));
        Assert.Equal(["uppdragsgrupp"], task.CandidateGroupList);
        Assert.Equal(new DateTimeOffset(2026, 4, 15, 8, 0, 0, Summer), task.DueAt);
        await _host.AssertNoIncidentsAsync(task.InstanceId);
    }

    [ProviderFact]
    public async Task ActionPlanReview_AYearLater_NextReviewTask()
    {
        await _host.AdvanceToAsync(new DateTimeOffset(2026, 3, 16, 8, 0, 0, Winter));
        var first = Assert.Single(await TasksAsync("reviewActionPlan"));
        await _host.CompleteAsync(first.InstanceId, "reviewActionPlan", new Dictionary<string, object?>
        {
            ["outcome"] = "reviderad",
            ["summary"] = "Åtgärdsplanen kompletteras med det röda snöret och utvärderingen av pausen.",
        });
        Assert.Equal(InstanceStatus.Completed, (await _host.InstanceAsync(first.InstanceId)).Status);

        await _host.AdvanceToAsync(new DateTimeOffset(2027, 3, 16, 7, 59, 0, Winter));
        Assert.Empty(await TasksAsync("reviewActionPlan"));
        await _host.AdvanceAsync(TimeSpan.FromMinutes(1));

        var second = Assert.Single(await TasksAsync("reviewActionPlan"));
        Assert.NotEqual(first.InstanceId, second.InstanceId);
    }

    [ProviderFact]
    public async Task ReviewInterval_ChangedByAManager_MovesTheWaitingReview()
    {
        await _host.AdvanceToAsync(new DateTimeOffset(2026, 3, 16, 8, 0, 0, Winter));
        Assert.Single(await TasksAsync("reviewActionPlan"));

        await ChangeAsync("reviewIntervalSodraAlvsborg", "P6M");
        Assert.Equal(1, await _host.Engine.RefreshStartTimersAsync()); // what the recurring job does every minute

        await _host.AdvanceToAsync(new DateTimeOffset(2026, 9, 16, 7, 59, 0, Summer));
        Assert.Single(await TasksAsync("reviewActionPlan"));
        await _host.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(2, (await TasksAsync("reviewActionPlan")).Count);
    }

    [ProviderFact]
    public async Task CycleStart_ChangedByAManagerBeforeItCame_ReviewComesOnTheNewDay()
    {
        await ChangeAsync("reviewCycleStartSodraAlvsborg", "2026-04-03T08:00:00+02:00");
        await _host.Engine.RefreshStartTimersAsync();

        await _host.AdvanceToAsync(new DateTimeOffset(2026, 4, 2, 8, 0, 0, Summer));
        Assert.Empty(await TasksAsync("reviewActionPlan"));
        await _host.AdvanceToAsync(new DateTimeOffset(2026, 4, 3, 8, 0, 0, Summer));
        Assert.Single(await TasksAsync("reviewActionPlan"));
    }

    [ProviderFact]
    public async Task AgreementFollowUp_EverySecondYear_StrategigruppenFollowsUpAndRevises()
    {
        await _host.AdvanceToAsync(new DateTimeOffset(2027, 8, 16, 8, 0, 0, Summer));
        var followUp = Assert.Single(await TasksAsync("followUpAgreement"));
        Assert.Equal(["strategigrupp"], followUp.CandidateGroupList);

        await _host.CompleteAsync(followUp.InstanceId, "followUpAgreement", new Dictionary<string, object?>
        {
            ["summary"] = "Målgruppens behov har ändrats; avsnittet om samsjuklighet behöver skrivas om.",
            ["needsRevision"] = true,
        });
        await _host.CompleteAsync(followUp.InstanceId, "reviseAgreement", new Dictionary<string, object?> { ["revisionSummary"] = "Nytt avsnitt om FACT." });
        Assert.Equal(InstanceStatus.Completed, (await _host.InstanceAsync(followUp.InstanceId)).Status);

        await _host.AdvanceToAsync(new DateTimeOffset(2029, 8, 16, 7, 59, 0, Summer));
        Assert.Empty(await TasksAsync("followUpAgreement"));
        await _host.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Single(await TasksAsync("followUpAgreement"));
        await _host.AssertNoIncidentsAsync(followUp.InstanceId);
    }

    public sealed class Sqlite() : OverenskommelserTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : OverenskommelserTests(StorageProvider.PostgreSql);
}
