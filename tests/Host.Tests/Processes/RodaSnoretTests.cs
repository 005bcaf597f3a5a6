using System.Net.Http.Json;
using System.Text.Json;
using Samverkan.Host.Notifications;
using Samverkan.Host.Tests.Api;
using Samverkan.Rules.Parameters;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Host.Persistence.Notifications;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Processes;

/// <summary>P3, det röda snöret (workflows/roda-snoret.bpmn): who may pull, the pause, routing to P1 and P2, convening, the report.</summary>
[Trait("Category", "Slow")]
public abstract class RodaSnoretTests(StorageProvider storage) : IAsyncLifetime
{
    private const string Key = "rodaSnoret";
    private const string Puller = "polis-per";
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);

    // Until P1 SIP is deployed from workflows/, the call activity needs a process with its key to start.
    private const string SipStandIn = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="sipStandIn" targetNamespace="http://samverkan.se/test">
          <bpmn:process id="sip" isExecutable="true">
            <bpmn:startEvent id="sipNeedRaised" />
            <bpmn:sequenceFlow id="standInFlow" sourceRef="sipNeedRaised" targetRef="assessNeed" />
            <bpmn:userTask id="assessNeed" name="Bedöma behov av SIP" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    // Each test opens the host at its own moment (the clock starts when the host does).
    private ProcessHost? _opened;

    private ProcessHost _host => _opened ?? throw new InvalidOperationException("Open the host first.");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_opened is not null)
        {
            await _opened.DisposeAsync();
        }
    }

    [ProviderFact]
    public async Task PullOnSundayBeforeThePause_IsConvened_DueInFiveWorkingDays()
    {
        Open(new DateTimeOffset(2025, 6, 15, 23, 59, 0, Summer));

        var pull = await PullAsync();

        var convene = await _host.TaskAsync(pull.Id, "conveneParties");
        Assert.Equal(["narvardskontoret"], convene.CandidateGroupList);
        // Midsommarafton (Friday 20 June) and the weekend are not working days.
        Assert.Equal(new DateTimeOffset(2025, 6, 23, 23, 59, 0, Summer), convene.DueAt);
        var told = Assert.Single(await _host.NewestNotificationsAsync(GroupDirectory.MemberOf("narvardskontoret"), NotificationKind.RedThreadPull));
        Assert.Equal("Det röda snöret har dragits av polis. Närvårdskontoret har tagit emot draget och kallar parterna.", told.Body);
        Assert.Equal(pull.Id, told.InstanceId);
        Assert.Single(await _host.NewestNotificationsAsync(Puller, NotificationKind.Info));
    }

    [ProviderFact]
    public async Task PullOnMondayOfWeek25_IsPaused_AnsweredWithTheReasonAndRoutedToP2()
    {
        Open(new DateTimeOffset(2025, 6, 16, 0, 0, 0, Summer));

        var pull = await PullAsync();

        Assert.Equal("P2", Route(pull));
        Assert.Equal(["handleAsProblem"], pull.ActiveElementIds);
        var reply = (await _host.Parameters.GetAsync("redThreadPauseReply"))!.Value.GetString();
        var answer = Assert.Single(await _host.NewestNotificationsAsync(Puller, NotificationKind.Info));
        Assert.Equal(reply, answer.Body);
        Assert.Single(await _host.NewestNotificationsAsync(GroupDirectory.MemberOf("narvardskontoret"), NotificationKind.RedThreadPull));
        var problem = await ChildAsync(pull.Id);
        Assert.Equal("samverkansproblem", problem.DefinitionKey);
        Assert.Equal(Puller, problem.Variables["raisedBy"]);
        Assert.Equal("Det röda snöret under paus (polis)", problem.Variables["title"]);
        // The ladder takes up an identified case only de-identified or with written consent: the puller is asked first.
        Assert.Equal(Puller, (await _host.TaskAsync(problem.Id, "completeIntake")).Assignee);
        await _host.CompleteAsync(problem.Id, "completeIntake", new Dictionary<string, object?> { ["deidentified"] = true, ["writtenConsent"] = false }, Puller);
        Assert.Equal(["handlaggarniva"], (await _host.TaskAsync(problem.Id, "handleAtCaseWorkerLevel")).CandidateGroupList);
        await _host.AssertNoIncidentsAsync(problem.Id);
    }

    [ProviderFact]
    public async Task PullAfterManagerRemovedThePauseWindow_IsConvened()
    {
        Open(new DateTimeOffset(2025, 7, 1, 10, 0, 0, Summer));
        var before = await PullAsync();

        await _host.Parameters.ChangeAsync("redThreadPauseWeeks", new ParameterChangeRequest(
            JsonSerializer.SerializeToElement(Array.Empty<string>()), "chef-lena", "Styrgrupp närvård häver pausen."));
        var after = await PullAsync();

        Assert.Equal("P2", Route(before));
        Assert.Equal("P3", Route(after));
        Assert.Equal(new DateTimeOffset(2025, 7, 8, 10, 0, 0, Summer), (await _host.TaskAsync(after.Id, "conveneParties")).DueAt);
    }

    [ProviderFact]
    public async Task PartyThatMayNotPull_IsRejected_AndToldWhy()
    {
        Open(new DateTimeOffset(2025, 9, 1, 10, 0, 0, Summer));

        var pull = await PullAsync(party: "bank", puller: "bank-bo");

        Assert.Equal(InstanceStatus.Completed, pull.Status);
        Assert.Equal("rejected", Route(pull));
        Assert.Contains(await _host.HistoryAsync(pull.Id), h => h.Type == HistoryTypes.ElementCompleted && h.ElementId == "pullRejected");
        Assert.StartsWith("Er verksamhet kan inte dra i det röda snöret.", Assert.Single(await _host.NewestNotificationsAsync("bank-bo", NotificationKind.Info)).Body);
        Assert.Single(await _host.NewestNotificationsAsync(GroupDirectory.MemberOf("narvardskontoret"), NotificationKind.RedThreadPull));
    }

    [ProviderFact]
    public async Task NoSipAttempted_IsRoutedToP1()
    {
        Open(new DateTimeOffset(2025, 9, 1, 10, 0, 0, Summer));
        await EnsureSipAsync();

        var pull = await PullAsync(party: "socialtjänst", sipAttempted: false);

        Assert.Equal("P1", Route(pull));
        Assert.Equal(["startSip"], pull.ActiveElementIds);
        var sip = await ChildAsync(pull.Id);
        Assert.Equal("sip", sip.DefinitionKey);
        Assert.Equal(Puller, sip.Variables["pulledBy"]);
        Assert.Equal("socialtjänst", sip.Variables["party"]);
        Assert.Equal("rodaSnoret", sip.Variables["raisedFrom"]);
        Assert.StartsWith("Åtgärder med SIP ska ha prövats", Assert.Single(await _host.NewestNotificationsAsync(Puller, NotificationKind.Info)).Body);
    }

    [ProviderFact]
    public async Task Convened_DueDateSkipsChristmas_MeetingActionsAndFollowUpAreRecorded()
    {
        Open(new DateTimeOffset(2025, 12, 18, 10, 0, 0, Winter));
        var pull = await PullAsync(party: "räddningstjänst");

        var convene = await _host.TaskAsync(pull.Id, "conveneParties");
        await _host.CompleteAsync(pull.Id, "conveneParties", new Dictionary<string, object?>
        {
            ["meetingTime"] = "2025-12-22T13:00",
            ["meetingPlace"] = "Närvårdskontoret, Borås",
            ["invitedParties"] = "räddningstjänst, socialtjänst, psykiatri",
        }, "narvardskontoret-1");
        await _host.CompleteAsync(pull.Id, "holdMeeting", new Dictionary<string, object?>
        {
            ["agreedActions"] = "Socialtjänsten samordnar; psykiatrin bedömer inom en vecka.",
            ["followUpDate"] = "2026-01-20",
        }, "narvardskontoret-1");
        var followUp = await _host.TaskAsync(pull.Id, "followUp");
        await _host.CompleteAsync(pull.Id, "followUp", new Dictionary<string, object?> { ["followUpNotes"] = "Åtgärderna är genomförda." }, "narvardskontoret-1");

        // 19, 22, 23, 29 and 30 December: julafton, juldagen, annandag jul and the weekends are not working days.
        Assert.Equal(new DateTimeOffset(2025, 12, 30, 10, 0, 0, Winter), convene.DueAt);
        var invitation = Assert.Single(await _host.NewestNotificationsAsync(Puller, NotificationKind.MeetingInvitation));
        Assert.Contains("Närvårdskontoret, Borås", invitation.Body);
        Assert.Equal(new DateTimeOffset(2026, 1, 20, 0, 0, 0, Winter), followUp.DueAt);
        var done = await _host.InstanceAsync(pull.Id);
        Assert.Equal(InstanceStatus.Completed, done.Status);
        Assert.Equal("Socialtjänsten samordnar; psykiatrin bedömer inom en vecka.", done.Variables["agreedActions"]);
        Assert.Equal("Åtgärderna är genomförda.", done.Variables["followUpNotes"]);
        await _host.AssertNoIncidentsAsync(pull.Id);
    }

    [ProviderFact]
    public async Task Report_ListsThePullsOfThePeriod_WithPartyOutcomeAndLeadTime()
    {
        var start = new DateTimeOffset(2025, 6, 12, 10, 0, 0, Summer);
        Open(start);
        await EnsureSipAsync();
        var convened = await PullAsync(party: "polis");
        await _host.AdvanceToAsync(new DateTimeOffset(2025, 6, 13, 9, 0, 0, Summer));
        var toSip = await PullAsync(party: "räddningstjänst", sipAttempted: false);
        await _host.AdvanceAsync(TimeSpan.FromMinutes(1));
        var notAllowed = await PullAsync(party: "bank");
        await _host.AdvanceAsync(TimeSpan.FromMinutes(1));
        var notHarmed = await PullAsync(party: "polis", harmed: false);
        await _host.AdvanceToAsync(new DateTimeOffset(2025, 6, 16, 8, 0, 0, Summer));
        var paused = await PullAsync(party: "ambulanssjukvård");
        await _host.AdvanceToAsync(new DateTimeOffset(2025, 6, 17, 9, 0, 0, Summer));
        await PullAsync(party: "polis");
        await _host.CompleteAsync(convened.Id, "conveneParties", new Dictionary<string, object?>
        {
            ["meetingTime"] = "2025-06-17T10:00", ["meetingPlace"] = "Teams", ["invitedParties"] = "polis, socialtjänst",
        });
        await _host.AdvanceToAsync(new DateTimeOffset(2025, 6, 17, 10, 0, 0, Summer));
        await _host.CompleteAsync(convened.Id, "holdMeeting", new Dictionary<string, object?>
        {
            ["agreedActions"] = "Gemensam plan.", ["followUpDate"] = "2025-08-20",
        });

        var report = await ApiClient.ExpectAsync(await _host.CreateClient().GetAsync("/api/reports/red-thread?from=2025-06-12&to=2025-06-16"), System.Net.HttpStatusCode.OK);

        Assert.Equal(5, report.GetProperty("pulls").GetInt32());
        var items = report.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([convened.Id, toSip.Id, notAllowed.Id, notHarmed.Id, paused.Id], items.Select(i => i.GetProperty("instanceId").GetGuid()));
        Assert.Equal(["polis", "räddningstjänst", "bank", "polis", "ambulanssjukvård"], items.Select(i => i.GetProperty("party").GetString()));
        Assert.Equal(["Convened", "RoutedToP1", "Rejected", "Rejected", "PausedToP2"], items.Select(i => i.GetProperty("outcome").GetString()));
        Assert.Equal(new DateTimeOffset(2025, 6, 17, 10, 0, 0, Summer), items[0].GetProperty("meetingHeldAt").GetDateTimeOffset());
        Assert.Equal([5.0, null, 0.0, 0.0, null], items.Select(LeadTime));
        var polis = report.GetProperty("byParty").EnumerateArray().First();
        Assert.Equal(("polis", 2, 1, 1, 2.5), (polis.GetProperty("party").GetString(), polis.GetProperty("pulls").GetInt32(),
            polis.GetProperty("convened").GetInt32(), polis.GetProperty("rejected").GetInt32(), polis.GetProperty("averageLeadTimeDays").GetDouble()));
        var byOutcome = report.GetProperty("byOutcome").EnumerateArray().ToDictionary(o => o.GetProperty("outcome").GetString()!, o => o.GetProperty("pulls").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["Convened"] = 1, ["PausedToP2"] = 1, ["RoutedToP1"] = 1, ["Rejected"] = 2, ["Pending"] = 0 }, byOutcome);
    }

    private void Open(DateTimeOffset start) => _opened = new ProcessHost(start, GroupDirectory.Settings, storage);

    private async Task<InstanceView> PullAsync(string party = "polis", bool sipAttempted = true, bool harmed = true, string puller = Puller)
    {
        var pull = await _host.StartAsync(Key, new Dictionary<string, object?>
        {
            ["pulledBy"] = puller,
            ["party"] = party,
            ["individualHarmed"] = harmed,
            ["unreasonableBurden"] = true,
            ["sipAttempted"] = sipAttempted,
        });
        await _host.AssertNoIncidentsAsync(pull.Id);
        return await _host.InstanceAsync(pull.Id);
    }

    private async Task EnsureSipAsync()
    {
        if (await _host.Engine.Queries.FindDefinitionAsync("sip") is null)
        {
            Assert.True((await _host.Engine.DeployAsync(SipStandIn)).Succeeded);
        }
    }

    private async Task<InstanceView> ChildAsync(Guid parentId)
    {
        var child = Assert.Single((await _host.Engine.QueryInstancesAsync(new InstanceQuery { ParentInstanceId = parentId })).Items);
        return await _host.InstanceAsync(child.Id);
    }

    private static string? Route(InstanceView pull) =>
        ((IReadOnlyDictionary<string, object?>)pull.Variables["pull"]!)["route"] as string;

    private static double? LeadTime(JsonElement item) =>
        item.GetProperty("leadTimeDays") is { ValueKind: JsonValueKind.Number } days ? days.GetDouble() : null;

    public sealed class Sqlite() : RodaSnoretTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : RodaSnoretTests(StorageProvider.PostgreSql);
}
