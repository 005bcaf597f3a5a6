using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.VersionMigration;
using Samverkan.Testing;
using Samverkan.Host.Notifications;
using Samverkan.Rules.Parameters;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Host.Persistence.Notifications;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Processes;

/// <summary>P2, the escalation ladder (workflows/samverkansproblem.bpmn): each level resolves or lifts, on time or by itself.</summary>
[Trait("Category", "Slow")]
public abstract class SamverkansproblemTests(StorageProvider storage) : IAsyncLifetime
{
    private const string Key = "samverkansproblem";
    private const string Raiser = "handlaggare-anna";

    // A Monday in April: no clock change within the 14 + 30 days of the ladder.
    private static readonly DateTimeOffset Start = new(2026, 4, 6, 9, 0, 0, TimeSpan.FromHours(2));

    private readonly ProcessHost _host = new(Start, GroupDirectory.Settings, storage);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [ProviderFact]
    public async Task CaseWorkerLevel_Resolves_EndsThere()
    {
        var instance = await RaiseAsync();

        await _host.CompleteAsync(instance.Id, "handleAtCaseWorkerLevel", Outcome("caseWorkerLevel", "resolved"));

        await AssertEndedAtAsync(instance.Id, "resolvedAtCaseWorkerLevel");
    }

    [ProviderFact]
    public async Task ManagementLevel_ResolvesWhatCaseWorkersLifted_AndWasToldOfIt()
    {
        var instance = await RaiseAsync();

        await _host.CompleteAsync(instance.Id, "handleAtCaseWorkerLevel", Outcome("caseWorkerLevel", "lift"));
        var task = await _host.TaskAsync(instance.Id, "handleAtManagementLevel");
        await _host.CompleteAsync(instance.Id, "handleAtManagementLevel", Outcome("managementLevel", "resolved"));

        Assert.Equal(["ledningsniva"], task.CandidateGroupList);
        Assert.Equal(Start.AddDays(30), task.DueAt);
        var escalation = Assert.Single(await _host.NewestNotificationsAsync(GroupDirectory.MemberOf("ledningsniva"), NotificationKind.Escalation));
        Assert.Equal("Samverkansproblemet ”Bostad saknas efter utskrivning” har lyfts från handläggarnivå till ledningsnivå.", escalation.Body);
        Assert.Single(await _host.NewestNotificationsAsync(Raiser, NotificationKind.Escalation));
        await AssertEndedAtAsync(instance.Id, "resolvedAtManagementLevel");
    }

    [ProviderFact]
    public async Task SteeringLevel_DecisionIsRequired_AndLandsInTheDecisionLog()
    {
        var instance = await RaiseAsync();
        await _host.CompleteAsync(instance.Id, "handleAtCaseWorkerLevel", Outcome("caseWorkerLevel", "lift"));
        await _host.CompleteAsync(instance.Id, "handleAtManagementLevel", Outcome("managementLevel", "lift"));
        Assert.Single(await _host.NewestNotificationsAsync(GroupDirectory.MemberOf("narvardskontoret"), NotificationKind.Escalation));
        Assert.Single(await _host.NewestNotificationsAsync(GroupDirectory.MemberOf("au"), NotificationKind.Escalation));
        await _host.CompleteAsync(instance.Id, "prepareCase", new Dictionary<string, object?> { ["preparation"] = "Förslag: gemensam boendelösning." });
        var decide = await _host.TaskAsync(instance.Id, "decideCase");

        var missing = await Assert.ThrowsAsync<FormValidationException>(() => _host.Engine.CompleteTaskAsync(decide.Id,
            new Dictionary<string, object?> { ["decisionForum"] = "styrgrupp", ["decisionDate"] = "2026-04-20" }, "ordforande"));
        await _host.Engine.CompleteTaskAsync(decide.Id, new Dictionary<string, object?>
        {
            ["decision"] = "Kommunen och regionen delar kostnaden för boendestödet.",
            ["decisionForum"] = "styrgrupp",
            ["decisionDate"] = "2026-04-20",
        }, "ordforande");
        await _host.RunJobsAsync();

        Assert.Equal("decision", Assert.Single(missing.Errors).Field);
        Assert.Equal(["vardsamverkansgrupp"], decide.CandidateGroupList);
        var ended = await AssertEndedAtAsync(instance.Id, "decided");
        Assert.Equal("Kommunen och regionen delar kostnaden för boendestödet.", ended.Variables["decision"]);
        Assert.Equal("styrgrupp", ended.Variables["decisionForum"]);
        Assert.Contains(await _host.HistoryAsync(instance.Id),
            h => h.Type == HistoryTypes.TaskCompleted && h.ElementId == "decideCase" && h.Detail == "ordforande");
        var told = Assert.Single(await _host.NewestNotificationsAsync(Raiser, NotificationKind.Info));
        Assert.Equal("Beslut om samverkansproblemet ”Bostad saknas efter utskrivning”: Kommunen och regionen delar kostnaden för boendestödet.", told.Body);
    }

    [ProviderFact]
    public async Task EachLevel_NotActingInTime_IsRemindedHalfwayAndLiftedWhenTheTimeIsUp()
    {
        var instance = await RaiseAsync();

        await _host.AdvanceToAsync(Start.AddDays(7).AddMinutes(-1));
        Assert.Empty(await _host.NewestNotificationsAsync(GroupDirectory.MemberOf("handlaggarniva"), NotificationKind.Reminder));
        await _host.AdvanceToAsync(Start.AddDays(7));
        var reminder = Assert.Single(await _host.NewestNotificationsAsync(GroupDirectory.MemberOf("handlaggarniva"), NotificationKind.Reminder));
        Assert.StartsWith("Halva tiden för samverkansproblemet ”Bostad saknas efter utskrivning” på handläggarnivå har gått.", reminder.Body);
        await _host.AdvanceToAsync(Start.AddDays(14).AddMinutes(-1));
        Assert.Equal(["handleAtCaseWorkerLevel"], (await _host.InstanceAsync(instance.Id)).ActiveElementIds);
        await _host.AdvanceToAsync(Start.AddDays(14));

        Assert.Equal(["handleAtManagementLevel"], (await _host.InstanceAsync(instance.Id)).ActiveElementIds);
        Assert.Single(await _host.NewestNotificationsAsync(GroupDirectory.MemberOf("ledningsniva"), NotificationKind.Escalation));
        Assert.Contains(await _host.HistoryAsync(instance.Id), h => h.Type == HistoryTypes.TimerFired && h.ElementId == "caseWorkerLevelTimeout");

        var lifted = Start.AddDays(14);
        await _host.AdvanceToAsync(lifted.AddDays(15).AddMinutes(-1));
        Assert.Empty(await _host.NewestNotificationsAsync(GroupDirectory.MemberOf("ledningsniva"), NotificationKind.Reminder));
        await _host.AdvanceToAsync(lifted.AddDays(15));
        Assert.Single(await _host.NewestNotificationsAsync(GroupDirectory.MemberOf("ledningsniva"), NotificationKind.Reminder));
        await _host.AdvanceToAsync(lifted.AddDays(30).AddMinutes(-1));
        Assert.Equal(["handleAtManagementLevel"], (await _host.InstanceAsync(instance.Id)).ActiveElementIds);
        await _host.AdvanceToAsync(lifted.AddDays(30));

        Assert.Equal(["prepareCase"], (await _host.InstanceAsync(instance.Id)).ActiveElementIds);
        Assert.Single(await _host.NewestNotificationsAsync(GroupDirectory.MemberOf("narvardskontoret"), NotificationKind.Escalation));
        await _host.AssertNoIncidentsAsync(instance.Id);
    }

    [ProviderFact]
    public async Task ManagerShortensCaseWorkerTime_NextCaseIsLiftedSooner_RunningCaseKeepsItsTime()
    {
        var running = await RaiseAsync();

        await _host.Parameters.ChangeAsync("escalationHandlaggarniva", new ParameterChangeRequest(
            JsonSerializer.SerializeToElement("P4D"), "chef-lena", "Styrgruppen vill att problem lyfts snabbare."));
        var next = await RaiseAsync();
        await _host.AdvanceToAsync(Start.AddDays(2));
        var reminded = await _host.NewestNotificationsAsync(GroupDirectory.MemberOf("handlaggarniva"), NotificationKind.Reminder);
        await _host.AdvanceToAsync(Start.AddDays(4));

        Assert.Equal(Start.AddDays(4), (await _host.TaskAsync(next.Id, "handleAtManagementLevel")).CreatedAt);
        Assert.Equal(Start.AddDays(2), Assert.Single(reminded).CreatedAt);
        Assert.Equal(["handleAtCaseWorkerLevel"], (await _host.InstanceAsync(running.Id)).ActiveElementIds);
        await _host.AdvanceToAsync(Start.AddDays(14));
        Assert.Equal(["handleAtManagementLevel"], (await _host.InstanceAsync(running.Id)).ActiveElementIds);
    }

    [ProviderFact]
    public async Task IdentifiedCaseWithoutConsent_GoesBackToTheRaiser_UntilConsentIsRecorded()
    {
        var instance = await RaiseAsync(deidentified: false);

        var back = await _host.TaskAsync(instance.Id, "completeIntake");
        var intake = (IReadOnlyDictionary<string, object?>)(await _host.InstanceAsync(instance.Id)).Variables["intake"]!;
        await _host.CompleteAsync(instance.Id, "completeIntake", new Dictionary<string, object?> { ["deidentified"] = false, ["writtenConsent"] = true }, Raiser);

        Assert.Equal(Raiser, back.Assignee);
        Assert.Equal(false, intake["passed"]);
        Assert.NotNull(await _host.TaskAsync(instance.Id, "handleAtCaseWorkerLevel"));
        await _host.AssertNoIncidentsAsync(instance.Id);
    }

    [ProviderFact]
    public async Task AtManagementLevel_MigratedInABatchToAVersionThatRenamedTheStep_KeepsTaskAndTimersAndGoesOn()
    {
        var instance = await RaiseAsync();
        await _host.CompleteAsync(instance.Id, "handleAtCaseWorkerLevel", Outcome("caseWorkerLevel", "lift"));
        var task = await _host.TaskAsync(instance.Id, "handleAtManagementLevel");
        var timers = (await _host.Engine.GetPendingTimersAsync()).Where(t => t.InstanceId == instance.Id).ToDictionary(t => t.ElementId, t => t.DueAt);
        var xml = File.ReadAllText(Path.Combine(Repository.Workflows, "samverkansproblem.bpmn"))
            .Replace("handleAtManagementLevel", "handleWithMandate").Replace("Hantera problemet på ledningsnivå", "Hantera problemet med mandat på ledningsnivå");
        Assert.True((await _host.Engine.DeployAsync(xml)).Succeeded);
        using var http = _host.CreateClient();
        var request = new { sourceVersion = 1, targetVersion = 2, mappings = new Dictionary<string, string> { ["handleAtManagementLevel"] = "handleWithMandate" } };

        var unmapped = await http.PostAsJsonAsync($"/api/definitions/{Key}/migrations/check", new { sourceVersion = 1, targetVersion = 2 });
        var report = await ReadAsync(await http.PostAsJsonAsync($"/api/definitions/{Key}/migrations/check", request));
        var queued = await http.PostAsJsonAsync($"/api/definitions/{Key}/migrations", request);
        var batchId = (await ReadAsync(queued)).GetProperty("id").GetGuid();
        await _host.Services.GetRequiredService<MigrationBatchRunner>().RunAsync(batchId, CancellationToken.None);
        var batch = await ReadAsync(await http.GetAsync($"/api/migrations/{batchId}"));

        Assert.Equal(0, (await ReadAsync(unmapped)).GetProperty("migratable").GetInt32());
        Assert.Equal((1, 1), (report.GetProperty("total").GetInt32(), report.GetProperty("migratable").GetInt32()));
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        Assert.Equal(("Completed", 1, 0), (batch.GetProperty("status").GetString(), batch.GetProperty("migrated").GetInt32(), batch.GetProperty("failed").GetInt32()));
        var moved = await _host.TaskAsync(instance.Id, "handleWithMandate");
        Assert.Equal((task.Id, task.DueAt, "Hantera problemet med mandat på ledningsnivå"), (moved.Id, moved.DueAt, moved.Name));
        var after = (await _host.Engine.GetPendingTimersAsync()).Where(t => t.InstanceId == instance.Id).ToDictionary(t => t.ElementId, t => t.DueAt);
        Assert.Equal(timers, after);
        await _host.AdvanceToAsync(timers["managementLevelReminder"]);
        Assert.Single(await _host.NewestNotificationsAsync(GroupDirectory.MemberOf("ledningsniva"), NotificationKind.Reminder));
        await _host.CompleteAsync(instance.Id, "handleWithMandate", Outcome("managementLevel", "resolved"));
        await AssertEndedAtAsync(instance.Id, "resolvedAtManagementLevel");
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        using var json = JsonDocument.Parse(text);
        return json.RootElement.Clone();
    }

    private async Task<InstanceView> RaiseAsync(bool deidentified = true)
    {
        var instance = await _host.StartAsync(Key, new Dictionary<string, object?>
        {
            ["raisedBy"] = Raiser,
            ["title"] = "Bostad saknas efter utskrivning",
            ["deidentified"] = deidentified,
            ["writtenConsent"] = false,
        });
        await _host.AssertNoIncidentsAsync(instance.Id);
        return instance;
    }

    private static Dictionary<string, object?> Outcome(string level, string outcome) => new()
    {
        [level + "Outcome"] = outcome,
        [level + "Notes"] = outcome == "resolved" ? "Löst genom gemensam planering." : "Kräver beslut med mandat.",
    };

    private async Task<InstanceView> AssertEndedAtAsync(Guid instanceId, string endEventId)
    {
        await _host.AssertNoIncidentsAsync(instanceId);
        var instance = await _host.InstanceAsync(instanceId);
        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Contains(await _host.HistoryAsync(instanceId), h => h.Type == HistoryTypes.ElementCompleted && h.ElementId == endEventId);
        return instance;
    }

    public sealed class Sqlite() : SamverkansproblemTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : SamverkansproblemTests(StorageProvider.PostgreSql);
}
