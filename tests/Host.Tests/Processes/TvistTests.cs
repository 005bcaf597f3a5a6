using Samverkan.Host.Notifications;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Host.Persistence.Notifications;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Processes;

/// <summary>P7, tvist (workflows/tvist.bpmn): dialogue first, then handläggarnivå, ledningsnivå and AU on P2's times.</summary>
[Trait("Category", "Slow")]
public abstract class TvistTests(StorageProvider storage) : IAsyncLifetime
{
    private const string Key = "tvist";
    private const string Raiser = "kommun-karin";
    private static readonly DateTimeOffset Start = new(2026, 4, 6, 9, 0, 0, TimeSpan.FromHours(2));

    private readonly ProcessHost _host = new(Start, GroupDirectory.Settings, storage);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [ProviderFact]
    public async Task ProactiveDialogue_ReachesAgreement_NoDisputeIsRegistered()
    {
        var instance = await RaiseAsync();

        var dialogue = await _host.TaskAsync(instance.Id, "proactiveDialogue");
        await _host.CompleteAsync(instance.Id, "proactiveDialogue", new Dictionary<string, object?>
        {
            ["dialogueOutcome"] = "agreed",
            ["dialogueNotes"] = "Regionen står för läkemedelskostnaden, kommunen för boendet.",
        }, Raiser);

        Assert.Equal(Raiser, dialogue.Assignee);
        var ended = await _host.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatus.Completed, ended.Status);
        Assert.Contains(await _host.HistoryAsync(instance.Id), h => h.Type == HistoryTypes.ElementCompleted && h.ElementId == "resolvedByDialogue");
        Assert.DoesNotContain(await _host.HistoryAsync(instance.Id), h => h.ElementId == "registerDispute");
    }

    [ProviderFact]
    public async Task Dispute_NotResolvedAtEitherLevel_IsLiftedToAu_WhichDecides()
    {
        var instance = await RaiseAsync();
        await RegisterDisputeAsync(instance.Id);

        // Handläggarnivå does not act: reminded halfway and lifted after escalationHandlaggarniva, as in P2.
        await _host.AdvanceToAsync(Start.AddDays(7));
        Assert.Single(await _host.NewestNotificationsAsync(GroupDirectory.MemberOf("handlaggarniva"), NotificationKind.Reminder));
        await _host.AdvanceToAsync(Start.AddDays(14));
        Assert.Single(await _host.NewestNotificationsAsync(GroupDirectory.MemberOf("ledningsniva"), NotificationKind.Escalation));
        await _host.CompleteAsync(instance.Id, "handleAtManagementLevel", new Dictionary<string, object?>
        {
            ["managementLevelOutcome"] = "lift",
            ["managementLevelNotes"] = "Parterna är inte överens om kostnadsfördelningen.",
        });

        var au = await _host.TaskAsync(instance.Id, "decideAtAu");
        var lifted = Assert.Single(await _host.NewestNotificationsAsync(GroupDirectory.MemberOf("au"), NotificationKind.Escalation));
        await _host.CompleteAsync(instance.Id, "decideAtAu", new Dictionary<string, object?>
        {
            ["decision"] = "Kostnaden delas lika under sex månader.",
            ["decisionDate"] = "2026-04-28",
        }, "au-ordforande");

        Assert.Equal(["au"], au.CandidateGroupList);
        Assert.Equal("Tvisten ”Kostnad för placering” är inte löst på ledningsnivå och har lyfts till AU.", lifted.Body);
        var ended = await _host.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatus.Completed, ended.Status);
        Assert.Equal("Kostnaden delas lika under sex månader.", ended.Variables["decision"]);
        Assert.Equal("costs", ended.Variables["disputeSubject"]);
        Assert.Single(await _host.NewestNotificationsAsync(Raiser, NotificationKind.Info));
        await _host.AssertNoIncidentsAsync(instance.Id);
    }

    [ProviderFact]
    public async Task IdentifiedDisputeWithoutConsent_IsSentBackToBeRegisteredAgain()
    {
        var instance = await RaiseAsync();

        await RegisterDisputeAsync(instance.Id, deidentified: false);

        Assert.Equal(["registerDispute"], (await _host.InstanceAsync(instance.Id)).ActiveElementIds);
        await RegisterDisputeAsync(instance.Id, deidentified: true);
        Assert.NotNull(await _host.TaskAsync(instance.Id, "handleAtCaseWorkerLevel"));
    }

    private async Task<InstanceView> RaiseAsync()
    {
        var instance = await _host.StartAsync(Key, new Dictionary<string, object?> { ["raisedBy"] = Raiser, ["title"] = "Kostnad för placering" });
        await _host.AssertNoIncidentsAsync(instance.Id);
        return instance;
    }

    private async Task RegisterDisputeAsync(Guid instanceId, bool deidentified = true)
    {
        if ((await _host.InstanceAsync(instanceId)).ActiveElementIds.Contains("proactiveDialogue"))
        {
            await _host.CompleteAsync(instanceId, "proactiveDialogue", new Dictionary<string, object?>
            {
                ["dialogueOutcome"] = "dispute",
                ["dialogueNotes"] = "Ingen enighet om vem som betalar placeringen.",
            }, Raiser);
        }
        await _host.CompleteAsync(instanceId, "registerDispute", new Dictionary<string, object?>
        {
            ["disputeSubject"] = "costs",
            ["disputeDescription"] = "Placering utanför hemmet; oenighet om kostnadsfördelningen.",
            ["deidentified"] = deidentified,
            ["writtenConsent"] = false,
        }, Raiser);
        await _host.AssertNoIncidentsAsync(instanceId);
    }

    public sealed class Sqlite() : TvistTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : TvistTests(StorageProvider.PostgreSql);
}
