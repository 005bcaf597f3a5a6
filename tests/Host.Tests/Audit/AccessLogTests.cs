using System.Net;
using Samverkan.Host.Tests.Cases;
using static Samverkan.Host.Tests.Api.ApiClient;
using Samverkan.Testing.Databases;

namespace Samverkan.Host.Tests.Audit;

/// <summary>Every identified read and change is in the access log with who, what, which individual and why; reading the log is logged too.</summary>
public abstract class AccessLogTests(CasesHost host)
{
    private readonly CaseScenario _s = new(host);

    [ProviderFact]
    public async Task IdentifiedRead_IsLogged_WithWhoWhatWhichIndividualAndWhy()
    {
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfB, [_s.A, _s.B]);
        await _s.GiveConsentAsync(_s.UserOfB, caseId, [_s.A]);
        var personId = (await CaseScenario.ReadAsync(_s.UserOfA, caseId)).GetProperty("person").GetProperty("id").GetString()!;

        var entries = await _s.AuditAsync($"personId={personId}");

        var read = Assert.Single(entries, e => e.GetProperty("action").GetString() == "Read");
        Assert.Equal("anna", read.GetProperty("userId").GetString());
        Assert.Equal(_s.A, read.GetProperty("organisations").GetString());
        Assert.Equal(caseId, read.GetProperty("caseId").GetString());
        Assert.Equal(personId, read.GetProperty("personId").GetString());
        Assert.Contains(_s.A, read.GetProperty("detail").GetString());
        // Newest first; the auditor's own look-up of this individual's entries comes first.
        Assert.Equal(["LogRead", "Read", "ConsentGiven", "Create"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries.Skip(2), e => Assert.Equal("bo", e.GetProperty("userId").GetString()));
    }

    [ProviderFact]
    public async Task DeIdentifiedRead_IsNotLogged_WithdrawalIs()
    {
        // Registered by B: after the withdrawal A sees the case de-identified.
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfB, [_s.A, _s.B]);
        var consentId = await _s.GiveConsentAsync(_s.UserOfB, caseId, [_s.A]);
        await _s.UserOfB.PostAsync($"/api/consents/{consentId}/withdraw", new { });

        await CaseScenario.ReadAsync(_s.UserOfA, caseId);
        var since = Uri.EscapeDataString(host.Clock.GetUtcNow().AddMinutes(-1).ToString("O"));
        var byA = (await _s.AuditAsync($"user=anna&from={since}")).Where(e => e.GetProperty("caseId").GetString() == caseId);
        var byB = (await _s.AuditAsync($"user=bo&from={since}")).Where(e => e.GetProperty("caseId").GetString() == caseId).ToList();

        Assert.Empty(byA);
        Assert.Equal(["ConsentWithdrawn", "ConsentGiven", "Create"], byB.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(consentId, byB[0].GetProperty("consentId").GetString());
    }

    [ProviderFact]
    public async Task ReadWithTask_RecordsTheTaskAsWhy()
    {
        var key = $"audit_{Guid.NewGuid():N}";
        await host.Engine.DeployAsync(
            $"""
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
              <bpmn:process id="{key}" isExecutable="true">
                <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t" />
                <bpmn:userTask id="t" /><bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e" /><bpmn:endEvent id="e" />
              </bpmn:process>
            </bpmn:definitions>
            """);
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfA, [_s.A]);
        await _s.GiveConsentAsync(_s.UserOfA, caseId, [_s.A]);
        var instance = await host.Engine.StartAsync(key, caseId);
        var taskId = (await host.Engine.QueryTasksAsync(new() { InstanceId = instance.Id })).Items.Single().Id;

        await _s.UserOfA.GetAsync($"/api/cases/{caseId}?taskId={taskId}");
        var entries = await _s.AuditAsync("action=Read&user=anna");

        Assert.Contains(entries, e => e.GetProperty("caseId").GetString() == caseId && e.GetProperty("taskId").GetString() == taskId.ToString());
    }

    [ProviderFact]
    public async Task ReadingTheLog_IsItselfLogged_AlsoTheCsvExport()
    {
        var auditor = host.As($"granskare-{Guid.NewGuid():N}", "revision", "granskare");
        var userId = auditor.Http.DefaultRequestHeaders.GetValues("X-Samverkan-User").Single();

        await auditor.GetAsync("/api/audit?action=Create&pageSize=5");
        Assert.Equal(HttpStatusCode.OK, (await auditor.Http.GetAsync("/api/audit.csv?action=Create")).StatusCode);
        var entries = await _s.AuditAsync($"user={userId}");

        Assert.Equal(["LogRead", "LogRead"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.StartsWith("csv export", entries[0].GetProperty("detail").GetString());
        Assert.Contains("action=Create", entries[1].GetProperty("detail").GetString());
        Assert.Equal("granskare", entries[1].GetProperty("roles").GetString());
    }

    [ProviderTheory]
    [InlineData("/api/audit")]
    [InlineData("/api/audit.csv")]
    public async Task ReadLog_NotAnAuditor_Returns403_Anonymous401(string url)
    {
        await ExpectProblemAsync(await _s.UserOfA.Http.GetAsync(url), HttpStatusCode.Forbidden);
        await ExpectProblemAsync(await host.As("chef-1", _s.A, "chef,admin").Http.GetAsync(url), HttpStatusCode.Forbidden);
        await ExpectProblemAsync(await host.As(null).Http.GetAsync(url), HttpStatusCode.Unauthorized);
    }

    [ProviderFact]
    public async Task ReadLog_Filters_AndPaging()
    {
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfA, [_s.A]);
        await _s.GiveConsentAsync(_s.UserOfA, caseId, [_s.A]);
        for (var i = 0; i < 3; i++)
        {
            await CaseScenario.ReadAsync(_s.UserOfA, caseId);
        }
        var personId = (await CaseScenario.ReadAsync(_s.UserOfA, caseId)).GetProperty("person").GetProperty("id").GetString();

        var page = await _s.Auditor.GetAsync($"/api/audit?personId={personId}&action=Read&page=2&pageSize=3");
        var future = await _s.AuditAsync($"personId={personId}&from={Uri.EscapeDataString(host.Clock.GetUtcNow().AddDays(1).ToString("O"))}");
        await ExpectProblemAsync(await _s.Auditor.Http.GetAsync("/api/audit?action=Delete"), HttpStatusCode.BadRequest);

        Assert.Equal(4, page.GetProperty("total").GetInt32());
        Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Empty(future);
    }

    [ProviderFact]
    public async Task ReadLog_ByCaseAndOrganisation_MatchesWholeOrganisationNames()
    {
        var caseId = await _s.CreateCaseIdAsync(_s.UserOfA, [_s.A, _s.B]);
        await _s.GiveConsentAsync(_s.UserOfA, caseId, [_s.A, _s.B]);
        await CaseScenario.ReadAsync(_s.UserOfA, caseId);
        await CaseScenario.ReadAsync(_s.UserOfB, caseId);
        var otherCase = await _s.CreateCaseIdAsync(_s.UserOfB, [_s.B]);

        var byB = await _s.AuditAsync($"caseId={caseId}&organisation={_s.B}");
        var byA = await _s.AuditAsync($"caseId={caseId}&organisation={_s.A}");
        var prefixOfA = await _s.AuditAsync($"caseId={caseId}&organisation={_s.A[..^2]}");
        var csv = await _s.Auditor.Http.GetStringAsync($"/api/audit.csv?caseId={caseId}&organisation={_s.B}");

        var read = Assert.Single(byB, e => e.GetProperty("action").GetString() != "LogRead");
        Assert.Equal(("Read", "bo"), (read.GetProperty("action").GetString(), read.GetProperty("userId").GetString()));
        Assert.Equal(["Read", "ConsentGiven", "Create"], byA.Where(e => e.GetProperty("action").GetString() != "LogRead").Select(e => e.GetProperty("action").GetString()));
        Assert.DoesNotContain(byB.Concat(byA), e => e.GetProperty("caseId").GetString() == otherCase);
        Assert.DoesNotContain(prefixOfA, e => e.GetProperty("caseId").GetString() == caseId);
        Assert.Single(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), line => line.Contains(",bo,", StringComparison.Ordinal));
    }

    [ProviderFact]
    public async Task AccessLog_HasNoWayToChangeOrDeleteThroughTheApi()
    {
        var entry = (await _s.AuditAsync("pageSize=1")).Single().GetProperty("id").GetInt64();

        foreach (var method in new[] { HttpMethod.Delete, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Post })
        {
            var response = await _s.Auditor.Http.SendAsync(new HttpRequestMessage(method, $"/api/audit/{entry}"));
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{method}: {response.StatusCode}");
            var all = await _s.Auditor.Http.SendAsync(new HttpRequestMessage(method, "/api/audit"));
            Assert.True(all.StatusCode is HttpStatusCode.MethodNotAllowed, $"{method} /api/audit: {all.StatusCode}");
        }
    }

    public sealed class Sqlite(CasesHost host) : AccessLogTests(host), IClassFixture<CasesHost>;

    [NeedsPostgreSql]
    public sealed class PostgreSql(CasesHost.OnPostgreSql host) : AccessLogTests(host), IClassFixture<CasesHost.OnPostgreSql>;
}
