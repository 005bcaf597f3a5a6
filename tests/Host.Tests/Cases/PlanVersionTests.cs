using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Cases.Plans;
using Samverkan.Host.Persistence.Audit;
using Samverkan.Testing;
using Samverkan.Testing.Databases;
using static Samverkan.Host.Tests.Api.ApiClient;

namespace Samverkan.Host.Tests.Cases;

/// <summary>
/// The SIP plan as the case's document: a version saved when the plan is established and at each follow-up, printed
/// as PDF (the individual's copy without internal notes) and the next follow-up as .ics, only for readers who may see
/// the individual, and every identified print logged.
/// </summary>
public abstract class PlanVersionTests(CasesHost host)
{
    private readonly CaseScenario _s = new(host);

    [ProviderFact]
    public async Task EstablishAndFollowUp_EachSavesAVersionOfThePlan()
    {
        var (caseId, instanceId) = await PlanAsync();
        await CompleteAsync(instanceId, "followUp", new Dictionary<string, object?>
        {
            ["continuePlan"] = true, ["followUpDate"] = "2027-01-15", ["followUpNotes"] = "Boendestödet fungerar.",
        });

        var versions = await Eventually.UntilAsync(() => VersionsAsync(caseId), v => v.Count == 2, TimeSpan.FromSeconds(10),
            v => $"two plan versions; there are {v.Count}");

        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal(["Boendestöd", "Läkemedelsgenomgång"], versions[0].Plan.Interventions.Select(i => i.Description));
        Assert.Equal("region", versions[0].Plan.Interventions[1].Huvudman);
        Assert.Equal("Försäkringskassan", Assert.Single(versions[0].Plan.OtherActions).Actor);
        Assert.Equal("region", versions[0].Plan.LeadHuvudman);
        Assert.Equal(new DateOnly(2026, 12, 1), versions[0].Plan.FollowUpDate);
        Assert.Equal("Alla parter närvarade.", versions[0].Notes);
        Assert.Equal(new DateOnly(2027, 1, 15), versions[1].Plan.FollowUpDate);
        Assert.Equal("Boendestödet fungerar.", versions[1].Notes);
        Assert.False(versions[1].Plan.Closed);
    }

    [ProviderFact]
    public async Task VersionLostByAStop_IsSavedByTheCatchUp_AndOnlyOnce()
    {
        var (caseId, _) = await PlanAsync();
        await WaitForVersionAsync(caseId);
        // A stop between the task's commit and the save: the version is not there.
        await using (var db = host.Db())
        {
            await db.PlanVersions.Where(p => p.CaseId == Guid.Parse(caseId)).ExecuteDeleteAsync();
        }
        var plans = host.Services.GetRequiredService<PlanVersions>();

        var caughtUp = await plans.CatchUpAsync(host.Clock.GetUtcNow(), CancellationToken.None);
        var again = await plans.CatchUpAsync(host.Clock.GetUtcNow(), CancellationToken.None);

        var version = Assert.Single(await VersionsAsync(caseId));
        Assert.Equal((1, "establishPlan"), (version.Version, version.Step));
        Assert.Contains(caughtUp, r => r.CaseId == Guid.Parse(caseId));
        Assert.DoesNotContain(again, r => r.CaseId == Guid.Parse(caseId));
        Assert.Empty(await plans.CatchUpAsync(host.Clock.GetUtcNow() + PlanVersions.CatchUpWindow + TimeSpan.FromDays(1), CancellationToken.None));
    }

    [ProviderFact]
    public async Task Establish_TellsEveryoneTheSipRoutesTo_WithTheSipsInstance()
    {
        var (_, instanceId) = await PlanAsync();

        var told = await Eventually.UntilAsync(async () =>
                (await _s.UserOfA.GetAsync("/api/notifications?pageSize=500")).GetProperty("items").EnumerateArray()
                    .Where(n => n.GetProperty("kind").GetString() == "PlanUpdated" && n.GetProperty("instanceId").GetString() == instanceId.ToString()).ToList(),
            found => found.Count > 0, TimeSpan.FromSeconds(10), _ => "a PlanUpdated notification to anna");

        var notice = Assert.Single(told);
        Assert.Equal("SIP-planen har uppdaterats", notice.GetProperty("title").GetString());
        Assert.StartsWith("Version 1 av planen i ärende AV-", notice.GetProperty("body").GetString());
        Assert.DoesNotContain(_s.Name, notice.GetProperty("body").GetString());
    }

    [ProviderFact]
    public async Task Pdf_IdentifiedReader_GetsThePdfAndTheReadIsLogged()
    {
        var (caseId, _) = await PlanAsync();
        await WaitForVersionAsync(caseId);

        using var response = await _s.UserOfA.Http.GetAsync($"/api/cases/{caseId}/plan.pdf?copy=individual");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync())[..4]));
        await using var db = host.Db();
        Assert.Contains(await db.AuditEntries.Where(e => e.CaseId == Guid.Parse(caseId) && e.Action == AuditAction.Read).ToListAsync(),
            e => e.UserId == "anna" && e.Detail == $"SIP plan printed (the individual's copy) (through {_s.A})");
    }

    [ProviderFact]
    public async Task Pdf_ReaderWithoutConsent_IsRefused403AndNothingIsLogged()
    {
        var (caseId, _) = await PlanAsync();
        await WaitForVersionAsync(caseId);

        var refused = await ExpectProblemAsync(await _s.UserOfB.Http.GetAsync($"/api/cases/{caseId}/plan.pdf"), HttpStatusCode.Forbidden);

        Assert.Contains("consent", refused.GetProperty("detail").GetString());
        await using var db = host.Db();
        Assert.DoesNotContain(await db.AuditEntries.Where(e => e.CaseId == Guid.Parse(caseId)).ToListAsync(), e => e.UserId == "bo");
    }

    [ProviderFact]
    public async Task CasePageDownload_SameRule_RefusalInSwedish()
    {
        var (caseId, _) = await PlanAsync();
        await WaitForVersionAsync(caseId);

        using var pdf = await _s.UserOfA.Http.GetAsync($"/arenden/{caseId}/plan.pdf?copy=individual");
        using var refused = await _s.UserOfB.Http.GetAsync($"/arenden/{caseId}/plan.pdf");
        using var ics = await _s.UserOfA.Http.GetAsync($"/arenden/{caseId}/plan.ics");

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.StartsWith("Du får inte se planen", await refused.Content.ReadAsStringAsync());
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType?.MediaType);
    }

    [ProviderFact]
    public async Task Pdf_UnknownCopyOrVersion_AreClearErrors()
    {
        var (caseId, _) = await PlanAsync();
        await WaitForVersionAsync(caseId);

        var copy = await ExpectProblemAsync(await _s.UserOfA.Http.GetAsync($"/api/cases/{caseId}/plan.pdf?copy=alla"), HttpStatusCode.BadRequest);
        var version = await ExpectProblemAsync(await _s.UserOfA.Http.GetAsync($"/api/cases/{caseId}/plan.pdf?version=7"), (HttpStatusCode)422);

        Assert.Equal("copy", Assert.Single(Errors(copy)).GetProperty("field").GetString());
        Assert.Equal("version", Assert.Single(Errors(version)).GetProperty("field").GetString());
    }

    [ProviderFact]
    public async Task Ics_NextFollowUp_IsAnAllDayEventNamingOnlyTheReference()
    {
        var (caseId, _) = await PlanAsync();
        await WaitForVersionAsync(caseId);

        using var response = await _s.UserOfA.Http.GetAsync($"/api/cases/{caseId}/plan.ics");
        // iCalendar folds lines at 75 octets; unfolded, each property is one line again.
        var ics = (await response.Content.ReadAsStringAsync()).Replace("\r\n ", "", StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("DTSTART;VALUE=DATE:20261201", ics);
        Assert.Contains("SUMMARY:Uppföljning av SIP i ärende AV-", ics);
        Assert.DoesNotContain(_s.Name, ics);
        Assert.DoesNotContain(_s.Personnummer[..8], ics);
    }

    /// <summary>A case of A and B, registered by A, with a SIP whose plan is established: follow-up open.</summary>
    private async Task<(string CaseId, Guid InstanceId)> PlanAsync()
    {
        Assert.True((await host.Engine.DeployAsync(SipPlanSteps.Xml)).Succeeded);
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfA, [_s.A, _s.B]);
        var instance = await host.Engine.StartAsync("sip", caseId, new Dictionary<string, object?>
        {
            ["meetingNotes"] = "Alla parter närvarade.",
            ["routing"] = new Dictionary<string, object?> { ["everyone"] = new List<object?> { "user:anna" } },
        });
        await CompleteAsync(instance.Id, "establishPlan", new Dictionary<string, object?>
        {
            ["interventions"] = new List<object?> { Intervention("Boendestöd", "kommun"), Intervention("Läkemedelsgenomgång", "region") },
            ["otherActions"] = new List<object?> { new Dictionary<string, object?> { ["actor"] = "Försäkringskassan", ["action"] = "Utreder sjukersättning" } },
            ["leadHuvudman"] = "region",
            ["followUpDate"] = "2026-12-01",
        });
        return (caseId, instance.Id);
    }

    private async Task CompleteAsync(Guid instanceId, string elementId, Dictionary<string, object?> variables)
    {
        var task = (await host.Engine.QueryTasksAsync(new() { InstanceId = instanceId })).Items.Single(t => t.ElementId == elementId);
        await host.Engine.CompleteTaskAsync(task.Id, variables, "anna");
    }

    private Task<IReadOnlyList<PlanVersion>> VersionsAsync(string caseId) =>
        host.Services.GetRequiredService<PlanVersions>().ListAsync(Guid.Parse(caseId), CancellationToken.None);

    private Task WaitForVersionAsync(string caseId) =>
        Eventually.UntilAsync(async () => (await VersionsAsync(caseId)).Count > 0, TimeSpan.FromSeconds(10), "the plan's first version");

    private static Dictionary<string, object?> Intervention(string description, string huvudman) =>
        new() { ["description"] = description, ["huvudman"] = huvudman };

    public sealed class Sqlite(CasesHost host) : PlanVersionTests(host), IClassFixture<CasesHost>;

    [NeedsPostgreSql]
    public sealed class PostgreSql(CasesHost.OnPostgreSql host) : PlanVersionTests(host), IClassFixture<CasesHost.OnPostgreSql>;
}
