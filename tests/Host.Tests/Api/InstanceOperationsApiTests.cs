using System.Net;
using System.Net.Http.Json;
using Samverkan.Host.Tests.Cases;
using static Samverkan.Host.Tests.Api.ApiClient;

namespace Samverkan.Host.Tests.Api;

/// <summary>
/// An operator's repairs over HTTP: suspend, resume, move a token, change a variable, each with a reason; refusals as
/// problem documents; and, for an instance of a case with an identified individual, every change in the access log.
/// </summary>
public sealed class InstanceOperationsApiTests : IDisposable
{
    private const string Process = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://samverkan.se/test">
          <bpmn:process id="ops_review" name="Granskning" isExecutable="true">
            <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:userTask id="first" name="Första" camunda:candidateGroups="handlaggare"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
            <bpmn:userTask id="second" name="Andra" camunda:candidateGroups="handlaggare"><bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing></bpmn:userTask>
            <bpmn:endEvent id="end"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="first"/>
            <bpmn:sequenceFlow id="f2" sourceRef="first" targetRef="second"/>
            <bpmn:sequenceFlow id="f3" sourceRef="second" targetRef="end"/>
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly CasesHost _host = new();
    private readonly CaseScenario _scenario;
    private readonly ApiClient _admin;

    public InstanceOperationsApiTests()
    {
        _scenario = new CaseScenario(_host);
        _admin = _host.As("adam", "", "admin");
    }

    public void Dispose() => _host.Dispose();

    private async Task<(string InstanceId, string CaseId)> StartForCaseAsync()
    {
        await ExpectAsync(await _host.As("dora", "", "processdesigner").Http.PostAsync("/api/definitions", Xml(Process)), HttpStatusCode.Created);
        var caseId = await _scenario.CreateCaseIdAsync(_scenario.UserOfA, [_scenario.A]);
        var started = await _scenario.UserOfA.PostAsync("/api/definitions/ops_review/instances", new { businessKey = caseId }, HttpStatusCode.Created);
        return (started.GetProperty("id").GetString()!, caseId);
    }

    [Fact]
    public async Task SuspendResumeMoveAndChange_EachInHistoryAndInTheAccessLogOfTheIdentifiedIndividual()
    {
        var (id, caseId) = await StartForCaseAsync();
        var task = (await _scenario.UserOfA.GetAsync($"/api/tasks?instanceId={id}")).GetProperty("items")[0].GetProperty("id").GetString();

        var suspended = await _admin.PostAsync($"/api/instances/{id}/suspend", new { reason = "Fel handläggare" });
        var blocked = await _scenario.UserOfA.Http.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables = new { } });
        await _admin.PostAsync($"/api/instances/{id}/resume", new { reason = "Rätt handläggare utsedd" });
        var moved = await _admin.PostAsync($"/api/instances/{id}/move-token", new { cancelAt = "first", startAt = "second", reason = "Beslutet fattades på mötet" });
        var changed = await ExpectAsync(await _admin.Http.PutAsJsonAsync($"/api/instances/{id}/variables/priority", new { value = 2, reason = "Brådskande" }), HttpStatusCode.OK);

        Assert.True(suspended.GetProperty("suspended").GetBoolean());
        await ExpectProblemAsync(blocked, HttpStatusCode.Conflict);
        Assert.Equal(["second"], moved.GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, changed.GetProperty("variables").GetProperty("priority").GetInt32());
        var history = (await _admin.GetAsync($"/api/instances/{id}/history")).EnumerateArray().Select(h => h.GetProperty("type").GetString()).ToList();
        Assert.Equal(["InstanceSuspended", "InstanceResumed", "TokenMoved", "VariableChanged"], history.Where(t => t is "InstanceSuspended" or "InstanceResumed" or "TokenMoved" or "VariableChanged"));
        var logged = (await _scenario.AuditAsync($"caseId={caseId}&action=Change")).Select(e => e.GetProperty("detail").GetString()!).ToList();
        Assert.Contains(logged, d => d.StartsWith("instance suspended: Fel handläggare", StringComparison.Ordinal));
        Assert.Contains(logged, d => d.StartsWith("instance resumed", StringComparison.Ordinal));
        Assert.Contains(logged, d => d.StartsWith("token moved: Beslutet fattades på mötet", StringComparison.Ordinal));
        Assert.Contains(logged, d => d.StartsWith("variable priority changed: Brådskande", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MigrateOne_ToANewVersion_InHistoryAndInTheAccessLog()
    {
        var (id, caseId) = await StartForCaseAsync();
        await ExpectAsync(await _host.As("dora", "", "processdesigner").Http.PostAsync("/api/definitions", Xml(Process.Replace("Granskning", "Granskning av ärende"))), HttpStatusCode.Created);

        var migrated = await _admin.PostAsync($"/api/instances/{id}/migrate", new { targetVersion = 2 });
        var again = await _admin.Http.PostAsJsonAsync($"/api/instances/{id}/migrate", new { targetVersion = 2 });

        Assert.Equal(2, migrated.GetProperty("definitionVersion").GetInt32());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        var logged = (await _scenario.AuditAsync($"caseId={caseId}&action=Change")).Select(e => e.GetProperty("detail").GetString()!).ToList();
        Assert.Contains(logged, d => d.StartsWith("instance migrated from version 1 to 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadRequests_ProblemsNamingTheFieldAndNothingChanged()
    {
        var (id, _) = await StartForCaseAsync();

        var noReason = await _admin.Http.PostAsJsonAsync($"/api/instances/{id}/suspend", new { reason = " " });
        var badPlacement = await _admin.Http.PostAsJsonAsync($"/api/instances/{id}/move-token", new { startAt = "second", placement = "beside", reason = "x" });
        var noToken = await _admin.Http.PostAsJsonAsync($"/api/instances/{id}/move-token", new { cancelAt = "second", reason = "x" });
        var unknown = await _admin.Http.PostAsJsonAsync($"/api/instances/{Guid.NewGuid()}/resume", new { reason = "x" });
        var noVersion = await _admin.Http.PostAsJsonAsync("/api/definitions/ops_review/migrations/check", new { targetVersion = 2 });
        var sameVersion = await _admin.Http.PostAsJsonAsync("/api/definitions/ops_review/migrations/check", new { sourceVersion = 1, targetVersion = 1 });
        var byWorker = await _scenario.UserOfA.Http.PostAsJsonAsync($"/api/instances/{id}/suspend", new { reason = "x" });

        Assert.Equal("reason", (await ExpectProblemAsync(noReason, HttpStatusCode.UnprocessableEntity)).GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("placement", (await ExpectProblemAsync(badPlacement, HttpStatusCode.UnprocessableEntity)).GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Contains("'first'", (await ExpectProblemAsync(noToken, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString());
        await ExpectProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Equal("sourceVersion", (await ExpectProblemAsync(noVersion, HttpStatusCode.UnprocessableEntity)).GetProperty("errors")[0].GetProperty("field").GetString());
        await ExpectProblemAsync(sameVersion, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.Forbidden, byWorker.StatusCode);
        var instance = await _admin.GetAsync($"/api/instances/{id}");
        Assert.False(instance.GetProperty("suspended").GetBoolean());
        Assert.Equal(["first"], instance.GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
    }
}
