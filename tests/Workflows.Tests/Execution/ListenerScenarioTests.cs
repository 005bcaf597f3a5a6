using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>camunda:executionListener and camunda:taskListener: told in BPMN order, able to set variables, failing the step when they throw.</summary>
public sealed class ListenerScenarioTests
{
    private static readonly string Chain = ModelerFile.Camunda7("p", """
            <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:task id="a" name="Förbered">
              <bpmn:extensionElements>
                <camunda:executionListener delegateExpression="${logg}" event="start" />
                <camunda:executionListener delegateExpression="${logg}" event="end" />
              </bpmn:extensionElements>
              <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
            </bpmn:task>
            <bpmn:userTask id="b" name="Handlägg">
              <bpmn:extensionElements><camunda:executionListener delegateExpression="${logg}" event="start" /></bpmn:extensionElements>
              <bpmn:incoming>f2</bpmn:incoming>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="a" />
            <bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="b">
              <bpmn:extensionElements><camunda:executionListener delegateExpression="${logg}" event="take" /></bpmn:extensionElements>
            </bpmn:sequenceFlow>
        """);

    [Fact]
    public async Task ExecutionListeners_TokenPasses_StartEndTakeInOrderAndTheirVariablesSet()
    {
        var log = new RecordingListener("logg");
        var f = new EngineFixture(listenerHandlers: [log]);
        await f.DeployXmlAsync("p", Chain);

        var instance = await f.Engine.StartAsync("p", businessKey: "ärende-1", variables: V(("belopp", 100)));

        Assert.Equal(["a:start", "a:end", "f2:take", "b:start"], log.Calls.Select(c => $"{c.ElementId}:{c.Event}"));
        Assert.All(log.Calls, c => Assert.Equal(("ärende-1", 100L), (c.BusinessKey, Convert.ToInt64(c.Variables["belopp"]))));
        Assert.Equal(4L, Convert.ToInt64((await f.InstanceAsync(instance.Id)).Variables["loggade"]));
        Assert.Equal("b", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
    }

    [Fact]
    public async Task ExpressionListener_Throws_IncidentAndRetryAfterFixRunsTheStep()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("p", ModelerFile.Camunda7("p", """
                <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:userTask id="b">
                  <bpmn:extensionElements><camunda:executionListener expression="${belopp + 1}" event="start" /></bpmn:extensionElements>
                  <bpmn:incoming>f1</bpmn:incoming>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="b" />
            """));
        var instance = await f.Engine.StartAsync("p");

        var incident = Assert.Single(await f.Engine.GetIncidentsAsync(instance.Id));
        Assert.Equal((IncidentTypes.ListenerFailed, "b"), (incident.Type, incident.ElementId));
        Assert.StartsWith("The start listener '${belopp + 1}' of 'b' failed", incident.Message);
        Assert.Empty(await f.OpenTasksAsync(instance.Id));

        await f.Engine.SetVariablesAsync(instance.Id, V(("belopp", 5)));
        await f.Engine.RetryIncidentAsync(incident.Id);

        Assert.Equal("b", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
    }

    [Fact]
    public async Task EndListener_Fails_ElementStaysUntilRetriedThenLeaves()
    {
        var failing = new RecordingListener("kontroll") { FailuresLeft = 1 };
        var f = new EngineFixture(listenerHandlers: [failing]);
        await f.DeployXmlAsync("p", ModelerFile.Camunda7("p", """
                <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:userTask id="a">
                  <bpmn:extensionElements><camunda:executionListener delegateExpression="${kontroll}" event="end" /></bpmn:extensionElements>
                  <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
                </bpmn:userTask>
                <bpmn:userTask id="b"><bpmn:incoming>f2</bpmn:incoming></bpmn:userTask>
                <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="a" />
                <bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="b" />
            """));
        var instance = await f.Engine.StartAsync("p");

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "a")).Id);

        var incident = Assert.Single(await f.Engine.GetIncidentsAsync(instance.Id));
        Assert.Equal((IncidentTypes.ListenerFailed, "a"), (incident.Type, incident.ElementId));
        Assert.Equal(["a"], (await f.InstanceAsync(instance.Id)).ActiveElementIds);

        await f.Engine.RetryIncidentAsync(incident.Id);

        Assert.Equal("b", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
        Assert.Equal(2, failing.Calls.Count);
    }

    private static readonly string TaskWithListeners = ModelerFile.Camunda7("p", """
            <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:userTask id="t" camunda:assignee="${handlaggare}">
              <bpmn:extensionElements>
                <camunda:taskListener delegateExpression="${logg}" event="create" />
                <camunda:taskListener delegateExpression="${logg}" event="assignment" />
                <camunda:taskListener delegateExpression="${logg}" event="complete" />
                <camunda:taskListener expression="${beslut == &quot;ja&quot; || beslut == &quot;nej&quot;}" event="complete" />
              </bpmn:extensionElements>
              <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t" />
            <bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e" />
        """);

    [Fact]
    public async Task TaskListeners_CreateAssignmentComplete_ToldWithTheTaskAndItsValues()
    {
        var log = new RecordingListener("logg");
        var f = new EngineFixture(listenerHandlers: [log]);
        await f.DeployXmlAsync("p", TaskWithListeners);
        var instance = await f.Engine.StartAsync("p", variables: V(("handlaggare", null)));
        var task = await f.SingleTaskAsync(instance.Id, "t");

        await f.Engine.ClaimTaskAsync(task.Id, "anna");
        await f.Engine.CompleteTaskAsync(task.Id, V(("beslut", "ja")));

        Assert.Equal(["create", "assignment", "complete"], log.Calls.Select(c => c.Event));
        Assert.All(log.Calls, c => Assert.Equal((task.Id, "t"), (c.TaskId!.Value, c.ElementId)));
        Assert.Equal("ja", log.Calls[2].Variables["beslut"]);
        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task TaskListeners_TaskCreatedAssigned_CreateThenAssignment()
    {
        var log = new RecordingListener("logg");
        var f = new EngineFixture(listenerHandlers: [log]);
        await f.DeployXmlAsync("p", TaskWithListeners);

        await f.Engine.StartAsync("p", variables: V(("handlaggare", "anna")));

        Assert.Equal(["create", "assignment"], log.Calls.Select(c => c.Event));
    }

    [Fact]
    public async Task CompleteListener_ExpressionFails_CompletionRefusedAndTaskStaysOpen()
    {
        var f = new EngineFixture(listenerHandlers: [new RecordingListener("logg")]);
        await f.DeployXmlAsync("p", TaskWithListeners);
        var instance = await f.Engine.StartAsync("p", variables: V(("handlaggare", "anna")));
        var task = await f.SingleTaskAsync(instance.Id, "t");

        var refused = await Assert.ThrowsAsync<ListenerException>(() => f.Engine.CompleteTaskAsync(task.Id, V(("annat", 1))));

        Assert.Equal(EngineErrorKind.Conflict, refused.Kind);
        Assert.Contains("complete listener", refused.Message);
        Assert.Equal(UserTaskStatus.Open, (await f.Engine.GetTaskAsync(task.Id))!.Status);
        Assert.False((await f.InstanceAsync(instance.Id)).Variables.ContainsKey("annat"));
    }

    [Fact]
    public async Task StartListener_AsyncBefore_RunsInTheContinuationJob()
    {
        var log = new RecordingListener("logg");
        var f = new EngineFixture(listenerHandlers: [log]);
        await f.DeployXmlAsync("p", Chain.Replace("""<bpmn:task id="a" name="Förbered">""", """<bpmn:task id="a" name="Förbered" camunda:asyncBefore="true">"""));
        var instance = await f.Engine.StartAsync("p");
        Assert.Empty(log.Calls);

        Assert.Equal(1, await f.Engine.RunDueJobsAsync());

        Assert.Equal(["a:start", "a:end", "f2:take", "b:start"], log.Calls.Select(c => $"{c.ElementId}:{c.Event}"));
        Assert.Equal("b", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
    }

    [Fact]
    public async Task ZeebeListeners_StartAndEnd_ElementWaitsForEachWorkerJob()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("p", ModelerFile.Camunda8("p", """
                <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:task id="a" name="Kontrollera">
                  <bpmn:extensionElements>
                    <zeebe:executionListeners>
                      <zeebe:executionListener eventType="start" type="kontrollera" retries="2" />
                      <zeebe:executionListener eventType="end" type="arkivera" />
                    </zeebe:executionListeners>
                  </bpmn:extensionElements>
                  <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
                </bpmn:task>
                <bpmn:userTask id="b"><bpmn:incoming>f2</bpmn:incoming></bpmn:userTask>
                <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="a" />
                <bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="b" />
            """));
        var instance = await f.Engine.StartAsync("p");
        Assert.Empty(await f.Engine.FetchAndLockAsync("w", ["arkivera"], 5, TimeSpan.FromMinutes(1)));

        var start = Assert.Single(await f.Engine.FetchAndLockAsync("w", ["kontrollera"], 5, TimeSpan.FromMinutes(1)));
        Assert.Equal(("a", 2), (start.ElementId, start.Retries));
        await f.Engine.CompleteExternalTaskAsync(start.Id, "w", V(("kontrollerad", true)));

        Assert.Equal(["a"], (await f.InstanceAsync(instance.Id)).ActiveElementIds);
        var end = Assert.Single(await f.Engine.FetchAndLockAsync("w", ["arkivera"], 5, TimeSpan.FromMinutes(1)));
        Assert.Equal(true, end.Variables["kontrollerad"]);
        Assert.Empty(await f.OpenTasksAsync(instance.Id));
        await f.Engine.CompleteExternalTaskAsync(end.Id, "w");

        Assert.Equal("b", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
        var entered = (await f.Engine.GetHistoryAsync(instance.Id)).Where(h => h.Type == HistoryTypes.ElementEntered && h.ElementId == "a");
        Assert.Single(entered);
    }

    private sealed class RecordingListener(string name) : IListenerHandler
    {
        public List<ListenerContext> Calls { get; } = [];
        public int FailuresLeft { get; set; }
        public string Name => name;

        public Task<IReadOnlyDictionary<string, object?>?> NotifyAsync(ListenerContext context, CancellationToken ct)
        {
            Calls.Add(context);
            if (FailuresLeft-- > 0)
            {
                throw new InvalidOperationException("kontrollen föll");
            }
            return Task.FromResult<IReadOnlyDictionary<string, object?>?>(V(("loggade", Calls.Count)));
        }
    }
}
