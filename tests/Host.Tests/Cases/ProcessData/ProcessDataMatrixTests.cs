using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.Host.Audit;
using Samverkan.Host.Persistence;
using Samverkan.Host.Cases.ProcessData;
using Samverkan.Host.Tests.Processes;
using Samverkan.Testing;
using static Samverkan.Host.Tests.Api.ApiClient;
using Samverkan.Host.Persistence.Audit;

namespace Samverkan.Host.Tests.Cases.ProcessData;

/// <summary>
/// A SIP (the real workflows/sip.bpmn) for a case about an identified person, registered by kommun-a with region-b
/// taking part, whose start text holds the person's name and personnummer; beside it a probe process of the same case
/// whose notification and external task carry that text. Every endpoint and page that returns instance, task, history
/// or notification data is read by organisation × role × consent, each answer checked for the name and the
/// personnummer, and each identified read checked in the access log (and each masked one for no entry).
/// </summary>
[Trait("Category", "Slow")]
public sealed class ProcessDataMatrixTests : IAsyncLifetime
{
    private const string Name = "Tolvan Tolvansson";
    private const string ProbeKey = "matrix-probe";

    private static readonly Reader Anna = new("anna", "kommun-a", "handlaggare", "sip-samordnare,matrix-team");
    private static readonly Reader Cilla = new("cilla", "kommun-a", "handlaggare", "sip-samordnare");
    private static readonly Reader Bo = new("bo", "region-b", "handlaggare", "sip-samordnare,matrix-team");
    private static readonly Reader Designer = new("dana", "narvardskontoret", "processdesigner");
    private static readonly Reader Admin = new("ada", "narvardskontoret", "admin");
    private static readonly Reader ChefA = new("cecilia", "kommun-a", "chef");
    private static readonly Reader ChefC = new("carl", "kommun-c", "chef");
    private static readonly Reader Granskare = new("greta", "region-b", "granskare");
    private static readonly Reader Worker = new("wilma", "narvardskontoret", "worker");

    private static readonly string ProbeXml = $$"""
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
          <bpmn:process id="{{ProbeKey}}" name="Matrisprov" isExecutable="true">
            <bpmn:startEvent id="s" />
            <bpmn:serviceTask id="tell" camunda:delegateExpression="${notify}">
              <bpmn:extensionElements>
                <camunda:inputOutput>
                  <camunda:inputParameter name="notifyTo">group:matrix-team</camunda:inputParameter>
                  <camunda:inputParameter name="notifyTitle">${"Nytt behov: " + needDescription}</camunda:inputParameter>
                  <camunda:inputParameter name="notifyText">${"Behov: " + needDescription}</camunda:inputParameter>
                </camunda:inputOutput>
              </bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:serviceTask id="sms" camunda:type="external" camunda:topic="matrix-sms" />
            <bpmn:endEvent id="e" />
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="tell" />
            <bpmn:sequenceFlow id="f2" sourceRef="tell" targetRef="sms" />
            <bpmn:sequenceFlow id="f3" sourceRef="sms" targetRef="e" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly string _personnummer = TestPersonnummer.Next();
    private readonly List<string> _failures = [];
    private ProcessHost _host = null!;
    private string _caseId = "";
    private string _sipId = "";
    private string _taskId = "";

    public async Task InitializeAsync()
    {
        _host = new ProcessHost(TimeProvider.System.GetUtcNow(), ProcessUsers.Directory(
            ("anna", ["sip-samordnare", "matrix-team"]), ("cilla", ["sip-samordnare"]), ("bo", ["sip-samordnare", "matrix-team"])));
        Assert.True((await _host.Engine.DeployAsync(ProbeXml)).Succeeded);
        using var anna = Client(Anna);
        _caseId = (await ExpectAsync(await anna.PostAsJsonAsync("/api/cases", new
        {
            organisations = new[] { "kommun-a", "region-b" },
            person = new { personnummer = _personnummer, name = Name },
        }), HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var variables = new { needDescription = $"{Name} ({_personnummer}) behöver en samordnad plan.", reportedBy = "anna" };
        _sipId = (await ExpectAsync(await anna.PostAsJsonAsync("/api/definitions/sip/instances", new { businessKey = _caseId, variables }),
            HttpStatusCode.Created)).GetProperty("id").GetString()!;
        await ExpectAsync(await anna.PostAsJsonAsync($"/api/definitions/{ProbeKey}/instances", new { businessKey = _caseId, variables }), HttpStatusCode.Created);
        await _host.RunJobsAsync();
        _taskId = (await _host.TaskAsync(Guid.Parse(_sipId), "assessNeed")).Id.ToString();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Reads_ByOrganisationRoleAndConsent_ShowTheIndividualOnlyWhereTheCaseWouldAndLogEachSuchRead()
    {
        // No consent: the registering organisation (kommun-a) reads its own record; everyone else sees it masked.
        await ReadAllAsync("utan samtycke", identified: [Anna, Cilla, ChefA], masked: [Bo, Designer, Admin, ChefC]);

        await GiveConsentAsync(["kommun-a"]);
        await ReadAllAsync("samtycke till kommun-a", identified: [Anna, Cilla, ChefA], masked: [Bo, Designer, Admin, ChefC]);

        var toRegion = await GiveConsentAsync(["region-b"]);
        await ReadAllAsync("samtycke till region-b", identified: [Anna, Cilla, ChefA, Bo], masked: [Designer, Admin, ChefC]);

        using (var anna = Client(Anna))
        {
            await ExpectAsync(await anna.PostAsJsonAsync($"/api/consents/{toRegion}/withdraw", new { }), HttpStatusCode.OK);
        }
        await ReadAllAsync("återkallat för region-b", identified: [Anna, Cilla, ChefA], masked: [Bo, Designer, Admin, ChefC]);

        await CheckRefusedAsync(Granskare, $"/api/instances/{_sipId}", $"/api/instances/{_sipId}/history", $"/api/tasks/{_taskId}");
        await CheckRefusedAsync(Worker, $"/api/instances/{_sipId}", $"/api/tasks?instanceId={_sipId}", "/api/notifications");
        Assert.True(_failures.Count == 0, string.Join(Environment.NewLine, _failures));
    }

    [Fact]
    public async Task FetchAndLock_Worker_GetsWhatItAsksForAndTheReadIsLogged()
    {
        using var worker = Client(Worker);
        var before = await ReadsOfAsync(Worker);

        var locked = await ExpectAsync(await worker.PostAsJsonAsync("/api/external-tasks/fetch-and-lock", new
        {
            workerId = "sms-1", topics = new[] { "matrix-sms" }, lockDuration = 60_000, variables = new[] { "needDescription" },
        }), HttpStatusCode.OK);

        var task = Assert.Single(locked.EnumerateArray());
        Assert.Contains(Name, task.GetProperty("variables").GetProperty("needDescription").GetString());
        Assert.Equal(["needDescription"], task.GetProperty("variables").EnumerateObject().Select(v => v.Name));
        var logged = Assert.Single(await ReadsOfAsync(Worker), e => before.All(b => b.Id != e.Id));
        Assert.Equal("external task fetched", logged.Detail);
    }

    [Fact]
    public async Task ReadLog_Auditor_SeesTheIdentifiedReadsWithWhoWhichIndividualAndWhy()
    {
        using (var bo = Client(Bo))
        {
            await bo.GetAsync($"/api/instances/{_sipId}");
        }
        using (var anna = Client(Anna))
        {
            await ExpectAsync(await anna.GetAsync($"/api/instances/{_sipId}/history"), HttpStatusCode.OK);
        }
        using var auditor = Client(Granskare);

        var log = await ExpectAsync(await auditor.GetAsync($"/api/audit?caseId={_caseId}&action=Read"), HttpStatusCode.OK);

        var entries = log.GetProperty("items").EnumerateArray().ToList();
        var read = Assert.Single(entries, e => e.GetProperty("detail").GetString() == "instance history read (through kommun-a)");
        Assert.Equal("anna", read.GetProperty("userId").GetString());
        Assert.Equal("kommun-a", read.GetProperty("organisations").GetString());
        Assert.Equal("handlaggare", read.GetProperty("roles").GetString());
        Assert.False(string.IsNullOrEmpty(read.GetProperty("personId").GetString()));
        Assert.DoesNotContain(entries, e => e.GetProperty("userId").GetString() == "bo");
    }

    private async Task ReadAllAsync(string state, Reader[] identified, Reader[] masked)
    {
        foreach (var reader in identified)
        {
            await ReadAsync(state, reader, true);
        }
        foreach (var reader in masked)
        {
            await ReadAsync(state, reader, false);
        }
    }

    private async Task ReadAsync(string state, Reader reader, bool identified)
    {
        var staff = reader.Role is "handlaggare" or "chef" or "narvardskontoret";
        await CheckAsync(state, reader, $"/api/instances/{_sipId}", identified, logs: identified, instance: true);
        await CheckAsync(state, reader, $"/api/instances/{_sipId}/history", identified: false, logs: identified);
        await CheckAsync(state, reader, $"/api/instances?businessKey={_caseId}", identified: false, logs: false);
        if (staff)
        {
            await CheckAsync(state, reader, $"/api/tasks?instanceId={_sipId}", identified: false, logs: false);
            await CheckAsync(state, reader, $"/api/tasks/{_taskId}", identified: false, logs: identified);
            await CheckAsync(state, reader, $"/inkorg/{_taskId}", identified, logs: identified);
        }
        else
        {
            await CheckAsync(state, reader, $"/instanser/{_sipId}", identified: false, logs: false);
        }
        if (reader == Anna || reader == Bo)
        {
            await CheckAsync(state, reader, "/api/notifications", identified, logs: identified, notification: true);
        }
    }

    /// <summary>One read: the name and personnummer are in the answer exactly when <paramref name="identified"/>; it is logged exactly when <paramref name="logs"/>.</summary>
    private async Task CheckAsync(string state, Reader reader, string url, bool identified, bool logs, bool instance = false, bool notification = false)
    {
        var what = $"{state}: {reader.Id} ({reader.Role}, {reader.Organisation}) GET {url}";
        var before = await ReadsOfAsync(reader);
        using var client = Client(reader);
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        var after = await ReadsOfAsync(reader);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            _failures.Add($"{what}: {(int)response.StatusCode}");
            return;
        }
        var shows = body.Contains(Name, StringComparison.Ordinal);
        var showsNumber = body.Contains(_personnummer, StringComparison.Ordinal) || body.Contains(_personnummer.Replace("-", ""), StringComparison.Ordinal);
        if (shows != identified || showsNumber != identified)
        {
            _failures.Add($"{what}: expected the individual {(identified ? "shown" : "hidden")}, name {(shows ? "shown" : "hidden")}, personnummer {(showsNumber ? "shown" : "hidden")}");
        }
        var logged = after.Count > before.Count;
        if (logged != logs)
        {
            _failures.Add($"{what}: expected {(logs ? "an" : "no")} access log entry, found {after.Count - before.Count}");
        }
        if (instance && !identified)
        {
            CheckMasked(what, JsonDocument.Parse(body).RootElement);
        }
        if (notification && !identified && !body.Contains("Öppna ärendet i Samverkan för att se mer.", StringComparison.Ordinal))
        {
            _failures.Add($"{what}: the withheld notification should say where to read more");
        }
    }

    private void CheckMasked(string what, JsonElement instance)
    {
        if (!instance.GetProperty("deIdentified").GetBoolean()
            || !instance.GetProperty("maskedVariables").EnumerateArray().Any(v => v.GetString() == "needDescription")
            || instance.GetProperty("variables").GetProperty("needDescription").GetString() != ProcessDataMask.Marker)
        {
            _failures.Add($"{what}: expected deIdentified, needDescription masked and listed: {instance}");
        }
    }

    private async Task CheckRefusedAsync(Reader reader, params string[] urls)
    {
        using var client = Client(reader);
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                _failures.Add($"{reader.Id} ({reader.Role}) GET {url}: expected 403, got {(int)response.StatusCode}");
            }
        }
    }

    private async Task<string> GiveConsentAsync(string[] recipients)
    {
        using var anna = Client(Anna);
        var consent = await ExpectAsync(await anna.PostAsJsonAsync($"/api/cases/{_caseId}/consents", new
        {
            recipients,
            categories = new[] { "SIP" },
            validTo = _host.Clock.GetUtcNow().AddYears(1),
            givenBy = "Self",
        }), HttpStatusCode.Created);
        return consent.GetProperty("id").GetString()!;
    }

    private async Task<List<AuditEntry>> ReadsOfAsync(Reader reader)
    {
        var contexts = _host.Services.GetRequiredService<IDbContextFactory<CasesDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var caseId = Guid.Parse(_caseId);
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.UserId == reader.Id && e.CaseId == caseId && e.Action == AuditAction.Read).ToListAsync();
    }

    private HttpClient Client(Reader reader)
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.SignInAs(reader.Id, reader.Organisation, reader.Role, reader.Groups);
        return client;
    }

    private sealed record Reader(string Id, string Organisation, string Role, string Groups = "");
}
