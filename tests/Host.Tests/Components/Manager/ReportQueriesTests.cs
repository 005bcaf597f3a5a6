using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Api.Reports;
using Samverkan.Host.Components.Manager;
using Samverkan.Host.Security.Accounts;
using Samverkan.Host.Tests.Processes;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Components.Manager;

/// <summary>The manager's report queries over real runs of workflows/ (red thread, samverkansproblem, SIP) with a fake clock.</summary>
[Trait("Category", "Slow")]
public abstract class ReportQueriesTests(StorageProvider storage) : IAsyncLifetime
{
    // A Monday in March, outside the red thread's pause and with no clock change for a month.
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    private readonly ProcessHost _host = new(Start, GroupDirectory.Settings, storage);
    private AsyncServiceScope _scope;

    private ReportQueries Reports => _scope.ServiceProvider.GetRequiredService<ReportQueries>();

    public Task InitializeAsync()
    {
        _scope = _host.Services.CreateAsyncScope();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _host.DisposeAsync();
    }

    [ProviderFact]
    public async Task OpenEscalations_CountsOpenProblemsAtTheLevelTheyStand_NotTheResolvedOnes()
    {
        var atCaseWorkers = await RaiseProblemAsync();
        var lifted = await RaiseProblemAsync();
        var resolved = await RaiseProblemAsync();
        await RaiseProblemAsync(deidentified: false);
        await _host.CompleteAsync(lifted, "handleAtCaseWorkerLevel", Outcome("caseWorkerLevel", "lift"));
        await _host.CompleteAsync(resolved, "handleAtCaseWorkerLevel", Outcome("caseWorkerLevel", "resolved"));
        await _host.AdvanceAsync(TimeSpan.FromDays(3));

        var levels = await Reports.OpenEscalationsAsync();

        Assert.Equal(
            [("Inledning: avidentifiering eller samtycke", 1), ("Handläggarnivå", 1), ("Ledningsnivå", 1), ("Vårdsamverkansgrupp/Styrgrupp närvård", 0)],
            levels.Select(l => (l.Level, l.Open)));
        Assert.Equal(3.0, levels[1].OldestDays);
        Assert.Null(levels[3].OldestDays);
        Assert.NotEqual(Guid.Empty, atCaseWorkers);
    }

    [ProviderFact]
    public async Task OverdueTasks_ClaimedCountForTheAssigneesOrganisation_UnclaimedForTheirGroup()
    {
        var claimed = await PullAsync();
        await PullAsync();
        await PullAsync();
        var convene = await _host.TaskAsync(claimed, "conveneParties");
        await _host.Engine.ClaimTaskAsync(convene.Id, DemoUsers.Narvardskontoret.Email);

        var beforeDue = await Reports.OverdueTasksAsync();
        await _host.AdvanceToAsync(convene.DueAt!.Value.AddDays(2));
        var overdue = await Reports.OverdueTasksAsync();

        Assert.Empty(beforeDue);
        Assert.Equal([("grupp: narvardskontoret", 2), (DemoUsers.Narvardskontoret.Organisation, 1)], overdue.Select(o => (o.Organisation, o.Overdue)));
        Assert.All(overdue, o => Assert.Equal(2.0, o.MostDaysOverdue));
        Assert.All(overdue, o => Assert.Equal(["rodaSnoret"], o.Processes));
    }

    [ProviderFact]
    public async Task RedThread_SameReportAsTheApi_PullsPerPartyAndOutcome()
    {
        await PullAsync("polis");
        await PullAsync("polis", sipAttempted: false);
        await PullAsync("bank");

        var report = await Reports.RedThreadAsync(ReportPeriod.Parse("2026-03-01", "2026-03-31"));

        Assert.Equal(3, report.Pulls);
        var polis = Assert.Single(report.ByParty, p => p.Party == "polis");
        Assert.Equal((2, 1, 1), (polis.Pulls, polis.Convened, polis.RoutedToP1));
        Assert.Equal(1, Assert.Single(report.ByOutcome, o => o.Outcome == RedThreadOutcome.Rejected).Pulls);
        Assert.Equal(0, (await Reports.RedThreadAsync(ReportPeriod.Parse("2026-04-01", "2026-04-30"))).Pulls);
    }

    [ProviderFact]
    public async Task RedThreadCsv_EscapesACellASpreadsheetWouldRunAsAFormula()
    {
        await PullAsync("=HYPERLINK(\"http://x\")");

        var csv = await ReportCsv.BuildAsync(ReportCsv.RedThread, Reports, ReportPeriod.Parse("2026-03-01", "2026-03-31"), CancellationToken.None);

        var lines = csv!.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("dragetVid,verksamhet,utfall,status,motetHolls,avslutat,ledtidDagar,arende", lines[0]);
        Assert.StartsWith("2026-03-02 09:00,\"'=HYPERLINK(\"\"http://x\"\")\",Avvisat,Completed,", lines[1]);
        Assert.Null(await ReportCsv.BuildAsync("okand", Reports, ReportPeriod.Parse("2026-03-01", "2026-03-31"), CancellationToken.None));
    }

    [ProviderFact]
    public async Task SipLeadTimes_MedianAndMaxDaysToAnEstablishedPlan_PerStartMonth()
    {
        Guid[] sips = [await SipInvitedAsync(), await SipInvitedAsync(), await SipInvitedAsync()];
        await _host.AdvanceToAsync(MeetingStart);
        foreach (var sip in sips)
        {
            await _host.CompleteAsync(sip, "holdMeeting", new Dictionary<string, object?> { ["meetingHeld"] = true, ["meetingNotes"] = "Alla parter närvarade." });
        }
        var (first, second) = (sips[0], sips[1]); // the third's plan is not established
        await _host.CompleteAsync(first, "establishPlan", PlanVariables());
        await _host.AdvanceAsync(TimeSpan.FromDays(2));
        await _host.CompleteAsync(second, "establishPlan", PlanVariables());
        await _host.AdvanceToAsync(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(2)));
        await _host.StartAsync("sip", businessKey: "sip-april");

        var months = await Reports.SipLeadTimesAsync(ReportPeriod.Parse("2026-03-01", "2026-04-30"));

        // Started Monday 2 March 09:00; the meeting (and the first plan) on 10 March 10:00, the second two days later.
        Assert.Equal(
            [new SipLeadTimeMonth("2026-03", 3, 2, 9.0, 10.0), new SipLeadTimeMonth("2026-04", 1, 0, null, null)],
            months);
    }

    private async Task<Guid> RaiseProblemAsync(bool deidentified = true) =>
        (await _host.StartAsync(ReportQueries.EscalationKey, new Dictionary<string, object?>
        {
            ["raisedBy"] = "handlaggare-anna",
            ["title"] = "Bostad saknas efter utskrivning",
            ["deidentified"] = deidentified,
            ["writtenConsent"] = false,
        })).Id;

    private static Dictionary<string, object?> Outcome(string level, string outcome) => new()
    {
        [level + "Outcome"] = outcome,
        [level + "Notes"] = "Anteckning.",
    };

    private async Task<Guid> PullAsync(string party = "polis", bool sipAttempted = true) =>
        (await _host.StartAsync(RedThreadReport.ProcessKey, new Dictionary<string, object?>
        {
            ["pulledBy"] = "polis-per",
            ["party"] = party,
            ["individualHarmed"] = true,
            ["unreasonableBurden"] = true,
            ["sipAttempted"] = sipAttempted,
        })).Id;

    /// <summary>A SIP whose participants are called to the meeting on 10 March.</summary>
    private async Task<Guid> SipInvitedAsync()
    {
        var id = (await _host.StartAsync(ReportQueries.SipKey, businessKey: $"sip-{Guid.NewGuid():N}")).Id;
        await _host.CompleteAsync(id, "assessNeed", new Dictionary<string, object?> { ["raisedBy"] = "skola", ["deidentified"] = true, ["needsKommun"] = true, ["needsRegion"] = true });
        await _host.CompleteAsync(id, "recordConsent", new Dictionary<string, object?>
        {
            ["consentData"] = "Journaluppgifter om psykiatrisk vård",
            ["consentValidUntil"] = "2027-03-01",
            ["dateOfBirth"] = "1980-05-01",
            ["consentByGuardian"] = false,
            ["consentRecipients"] = new List<object?>
            {
                new Dictionary<string, object?> { ["organisationType"] = "kommun", ["organisation"] = "Socialtjänsten", ["group"] = "kommun-soc" },
                new Dictionary<string, object?> { ["organisationType"] = "region", ["organisation"] = "Vuxenpsykiatrin", ["group"] = "region-psyk" },
            },
        });
        await _host.CompleteAsync(id, "prepareMeeting", new Dictionary<string, object?>
        {
            ["purpose"] = "Samordna insatser",
            ["meetingStart"] = "2026-03-10T10:00",
            ["meetingEnd"] = "2026-03-10T11:00",
            ["meetingLocation"] = "Stadshuset",
        });
        return id;
    }

    private static readonly DateTimeOffset MeetingStart = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(1));

    private static Dictionary<string, object?> PlanVariables() => new()
    {
        ["interventions"] = new List<object?>
        {
            new Dictionary<string, object?> { ["description"] = "Boendestöd", ["huvudman"] = "kommun" },
            new Dictionary<string, object?> { ["description"] = "Läkemedelsgenomgång", ["huvudman"] = "region" },
        },
        ["otherActions"] = new List<object?>(),
        ["leadHuvudman"] = "region",
        ["followUpDate"] = "2026-06-01",
    };

    public sealed class Sqlite() : ReportQueriesTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : ReportQueriesTests(StorageProvider.PostgreSql);
}
