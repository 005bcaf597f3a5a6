using System.Text.Json;
using Samverkan.Host.Notifications;
using Samverkan.Rules.Parameters;
using Samverkan.Workflows.Monitoring;
using Samverkan.Host.Persistence.Notifications;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Processes;

/// <summary>P4 Avvikelse i samverkan (workflows/avvikelse.bpmn) on the real files: routing, feedback, reminder, lifting, yearly compilation.</summary>
[Trait("Category", "Slow")]
public abstract class AvvikelseTests(StorageProvider storage) : IAsyncLifetime
{
    private static readonly TimeSpan Stockholm = TimeSpan.FromHours(1);
    private static readonly TimeSpan StockholmSummer = TimeSpan.FromHours(2);

    private ProcessHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new ProcessHost(settings: ProcessUsers.Directory(
            ("rita", ["handlaggarniva"]),
            ("kim", ["avvikelseansvarig-kommun"]),
            ("rut", ["ledning-region"]),
            ("lena", ["ledningsniva"]),
            ("greta", ["avvikelsegrupp"])), storage: storage);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<Guid> ReportAsync(string category, string organisation)
    {
        var instance = await _host.StartAsync("avvikelse", new Dictionary<string, object?> { ["reporter"] = "rita" });
        await _host.CompleteAsync(instance.Id, "describeDeviation", new Dictionary<string, object?>
        {
            ["category"] = category,
            ["responsibleOrganisation"] = organisation,
            ["occurredOn"] = "2026-02-20",
            ["description"] = "Planerad hemgång kunde inte ske eftersom hemtjänsten inte var informerad.",
        }, user: "rita");
        return instance.Id;
    }

    [ProviderFact]
    public async Task Report_DelayedCareInKommun_GoesToKommunensAvvikelseansvarigaWithSixtyDays()
    {
        var id = await ReportAsync("fordrojd", "kommun");

        var task = await _host.TaskAsync(id, "giveFeedback");
        Assert.Equal(["avvikelseansvarig-kommun"], task.CandidateGroupList);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 9, 0, 0, StockholmSummer), task.DueAt);
        await _host.AssertNoIncidentsAsync(id);
    }

    [ProviderFact]
    public async Task Report_AgreementNotFollowedByRegion_GoesToRegionensLedning()
    {
        var id = await ReportAsync("overenskommelse", "region");

        var task = await _host.TaskAsync(id, "giveFeedback");
        Assert.Equal(["ledning-region"], task.CandidateGroupList);
    }

    [ProviderFact]
    public async Task Report_WithoutWhatHappened_IsRefusedByTheForm()
    {
        var instance = await _host.StartAsync("avvikelse", new Dictionary<string, object?> { ["reporter"] = "rita" });

        await Assert.ThrowsAsync<Samverkan.Workflows.Execution.FormValidationException>(() => _host.CompleteAsync(instance.Id, "describeDeviation",
            new Dictionary<string, object?> { ["category"] = "fordrojd", ["responsibleOrganisation"] = "kommun", ["occurredOn"] = "2026-02-20" }));
    }

    [ProviderFact]
    public async Task Feedback_InTime_ReporterIsToldAndNothingIsLifted()
    {
        var id = await ReportAsync("fordrojd", "kommun");
        await _host.AdvanceAsync(TimeSpan.FromDays(20));

        await _host.CompleteAsync(id, "giveFeedback", new Dictionary<string, object?>
        {
            ["feedback"] = "Rutinen för informationsöverföring vid utskrivning har inte följts; genomgång med personalen är gjord.",
        }, user: "kim");
        await _host.AdvanceAsync(TimeSpan.FromDays(60));

        Assert.Equal(InstanceStatus.Completed, (await _host.InstanceAsync(id)).Status);
        Assert.Single(await _host.NotificationsAsync("rita", NotificationKind.Info));
        Assert.Empty(await _host.NotificationsAsync("lena", NotificationKind.Escalation));
        Assert.DoesNotContain(await _host.HistoryAsync(id), h => h.ElementId == "handleOverdueDeviation");
        await _host.AssertNoIncidentsAsync(id);
    }

    [ProviderFact]
    public async Task Reminder_FourteenDaysBeforeTheDeadline_UnitIsReminded()
    {
        var id = await ReportAsync("fordrojd", "kommun");

        await _host.AdvanceToAsync(new DateTimeOffset(2026, 4, 17, 8, 59, 0, StockholmSummer));
        Assert.Empty(await _host.NotificationsAsync("kim", NotificationKind.Reminder));
        await _host.AdvanceAsync(TimeSpan.FromMinutes(1));

        var reminder = Assert.Single(await _host.NotificationsAsync("kim", NotificationKind.Reminder));
        Assert.Equal("Påminnelse: återkoppla på en avvikelse", reminder.Title);
        Assert.Single(await _host.OpenTasksAsync(id), t => t.ElementId == "giveFeedback");
        await _host.AssertNoIncidentsAsync(id);
    }

    [ProviderFact]
    public async Task Overdue_NoFeedbackInSixtyDays_LiftedToLedningsnivan()
    {
        var id = await ReportAsync("fordrojd", "kommun");

        await _host.AdvanceToAsync(new DateTimeOffset(2026, 5, 1, 9, 0, 0, StockholmSummer));

        Assert.DoesNotContain(await _host.OpenTasksAsync(id), t => t.ElementId == "giveFeedback");
        var lifted = await _host.TaskAsync(id, "handleOverdueDeviation");
        Assert.Equal(["ledningsniva"], lifted.CandidateGroupList);
        Assert.Equal(new DateTimeOffset(2026, 5, 31, 9, 0, 0, StockholmSummer), lifted.DueAt);
        Assert.Single(await _host.NotificationsAsync("lena", NotificationKind.Escalation));
        Assert.Single(await _host.NotificationsAsync("kim", NotificationKind.Escalation));

        await _host.CompleteAsync(id, "handleOverdueDeviation", new Dictionary<string, object?> { ["feedback"] = "Ledningen har utrett händelsen." }, user: "lena");

        Assert.Equal(InstanceStatus.Completed, (await _host.InstanceAsync(id)).Status);
        Assert.Single(await _host.NotificationsAsync("rita", NotificationKind.Info));
        await _host.AssertNoIncidentsAsync(id);
    }

    [ProviderFact]
    public async Task FeedbackDays_ChangedByAManager_ReachTheNextCaseOnly()
    {
        var before = await ReportAsync("fordrojd", "kommun");

        await _host.Parameters.ChangeAsync("deviationFeedbackDays",
            new ParameterChangeRequest(JsonSerializer.SerializeToElement(30), "chef", "Kortare återkopplingstid enligt beslut i ledningsgruppen"));
        var after = await ReportAsync("fordrojd", "kommun");

        Assert.Equal(new DateTimeOffset(2026, 5, 1, 9, 0, 0, StockholmSummer), (await _host.TaskAsync(before, "giveFeedback")).DueAt);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 9, 0, 0, StockholmSummer), (await _host.TaskAsync(after, "giveFeedback")).DueAt);
        await _host.AdvanceToAsync(new DateTimeOffset(2026, 4, 1, 9, 0, 0, StockholmSummer));
        await _host.TaskAsync(after, "handleOverdueDeviation");
        await _host.TaskAsync(before, "giveFeedback");
    }

    [ProviderFact]
    public async Task Compilation_OnTheFifteenthOfJanuary_AvvikelsegruppenGetsTheTask()
    {
        await _host.AdvanceToAsync(new DateTimeOffset(2027, 1, 15, 7, 59, 0, Stockholm));
        Assert.Empty(await CompilationTasksAsync());

        await _host.AdvanceAsync(TimeSpan.FromMinutes(1));

        var task = Assert.Single(await CompilationTasksAsync());
        Assert.Equal(["avvikelsegrupp"], task.CandidateGroupList);
        Assert.Equal(new DateTimeOffset(2027, 2, 14, 8, 0, 0, Stockholm), task.DueAt);
    }

    private async Task<IReadOnlyList<UserTaskView>> CompilationTasksAsync() =>
        (await _host.Engine.QueryTasksAsync(new Samverkan.Workflows.Abstractions.TaskQuery { DefinitionKey = "avvikelse", CandidateGroup = "avvikelsegrupp" })).Items;

    public sealed class Sqlite() : AvvikelseTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : AvvikelseTests(StorageProvider.PostgreSql);
}
