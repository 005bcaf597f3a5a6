using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Tests.Persistence;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>camunda:asyncBefore/asyncAfter savepoints: the trigger commits with the token parked, a continuation job moves it on.</summary>
public sealed class AsyncContinuationScenarioTests
{
    private static readonly string BeforeTask = ModelerFile.Camunda7("p", """
            <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:userTask id="beslut" name="Fatta beslut" camunda:asyncBefore="true"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
            <bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="beslut" />
            <bpmn:sequenceFlow id="f2" sourceRef="beslut" targetRef="e" />
        """);

    [Fact]
    public async Task AsyncBefore_TokenArrives_ParksUntilTheJobRunsTheElement()
    {
        var scheduler = new RecordingScheduler();
        var f = new EngineFixture(jobScheduler: scheduler);
        await f.DeployXmlAsync("p", BeforeTask);

        var instance = await f.Engine.StartAsync("p");

        Assert.Empty(await f.OpenTasksAsync(instance.Id));
        Assert.Equal(["beslut"], (await f.InstanceAsync(instance.Id)).ActiveElementIds);
        var savepoint = Assert.Single(await f.Engine.GetHistoryAsync(instance.Id), h => h.Type == HistoryTypes.AsyncSavepoint);
        Assert.Equal(("beslut", "before"), (savepoint.ElementId, savepoint.Detail));
        var job = Assert.Single(await f.Store.FindRunnableHandlerJobsAsync(f.Clock.GetUtcNow(), 10));
        Assert.Equal(JobKind.Continuation, job.Kind);
        Assert.Equal([job.Id], scheduler.Enqueued);

        Assert.True(await f.Engine.ExecuteJobAsync(job.Id));

        Assert.Equal("beslut", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
        Assert.Equal(JobStatus.Completed, (await f.Store.GetJobAsync(job.Id))!.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AsyncBefore_JobRunTwice_AppliesOnce(bool durable)
    {
        using var database = durable ? new TestWorkflowDatabase() : null;
        var f = new EngineFixture(database?.CreateStore());
        await f.DeployXmlAsync("p", BeforeTask);
        var instance = await f.Engine.StartAsync("p");
        var job = Assert.Single(await f.Store.FindRunnableHandlerJobsAsync(f.Clock.GetUtcNow(), 10));

        var results = await Task.WhenAll(f.Engine.ExecuteJobAsync(job.Id), f.Engine.ExecuteJobAsync(job.Id));
        var again = await f.Engine.ExecuteJobAsync(job.Id);

        Assert.Single(results, r => r);
        Assert.False(again);
        Assert.Single(await f.OpenTasksAsync(instance.Id));
        Assert.Equal(0, await f.Engine.RunDueJobsAsync());
    }

    [Fact]
    public async Task AsyncAfter_ElementCompletes_TokenWaitsBeforeItsOutgoingFlows()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("p", ModelerFile.Camunda7("p", """
                <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:userTask id="granska" camunda:asyncAfter="true"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
                <bpmn:userTask id="besked"><bpmn:incoming>f2</bpmn:incoming></bpmn:userTask>
                <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="granska" />
                <bpmn:sequenceFlow id="f2" sourceRef="granska" targetRef="besked" />
            """));
        var instance = await f.Engine.StartAsync("p");

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "granska")).Id, V(("ok", true)));

        Assert.Empty(await f.OpenTasksAsync(instance.Id));
        var parked = await f.InstanceAsync(instance.Id);
        Assert.Equal(["granska"], parked.ActiveElementIds);
        Assert.Equal(true, parked.Variables["ok"]);
        var history = await f.Engine.GetHistoryAsync(instance.Id);
        Assert.Contains(history, h => h.Type == HistoryTypes.ElementCompleted && h.ElementId == "granska");
        Assert.Contains(history, h => h.Type == HistoryTypes.AsyncSavepoint && h.ElementId == "granska" && h.Detail == "after");

        Assert.Equal(1, await f.Engine.RunDueJobsAsync());

        Assert.Equal("besked", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
    }

    private static readonly string FailingStep = ModelerFile.Camunda7("p", """
            <bpmn:startEvent id="s" camunda:async="true"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:task id="berakna" name="Beräkna" camunda:asyncBefore="true">
              <bpmn:extensionElements>
                <camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle>
                <camunda:inputOutput><camunda:inputParameter name="dubbelt">${belopp * 2}</camunda:inputParameter></camunda:inputOutput>
              </bpmn:extensionElements>
              <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
            </bpmn:task>
            <bpmn:userTask id="attest"><bpmn:incoming>f2</bpmn:incoming></bpmn:userTask>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="berakna" />
            <bpmn:sequenceFlow id="f2" sourceRef="berakna" targetRef="attest" />
        """);

    [Fact]
    public async Task AsyncBefore_FailingWork_RetriesPerCycleThenIncidentAndRetryRunsItAgain()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("p", FailingStep);
        var instance = await f.Engine.StartAsync("p");
        Assert.Equal(1, await f.Engine.RunDueJobsAsync()); // the start event's own savepoint
        var t0 = f.Clock.GetUtcNow();

        var attempts = new List<int>();
        for (var minute = 0; minute <= 12; minute++)
        {
            attempts.Add(await f.Engine.RunDueJobsAsync());
            f.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0], attempts);
        var failures = (await f.Engine.GetHistoryAsync(instance.Id)).Where(h => h.Type == HistoryTypes.JobFailed).ToList();
        Assert.Equal([t0, t0.AddMinutes(5), t0.AddMinutes(10)], failures.Select(h => h.At));
        Assert.All(failures, h => Assert.Equal("berakna", h.ElementId));
        Assert.StartsWith("2 retries left", failures[0].Detail);
        Assert.DoesNotContain(await f.Engine.GetHistoryAsync(instance.Id), h => h.Type == HistoryTypes.ElementEntered && h.ElementId == "berakna");
        var incident = Assert.Single(await f.Engine.GetIncidentsAsync(instance.Id));
        Assert.Equal((IncidentTypes.JobFailed, "berakna"), (incident.Type, incident.ElementId));
        Assert.Contains("belopp", incident.Message);
        Assert.Empty(await f.OpenTasksAsync(instance.Id));

        await f.Engine.SetVariablesAsync(instance.Id, V(("belopp", 21)));
        await f.Engine.RetryIncidentAsync(incident.Id);
        Assert.Equal(1, await f.Engine.RunDueJobsAsync());

        Assert.Empty(await f.Engine.GetIncidentsAsync(instance.Id));
        Assert.Equal("attest", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
    }

    [Fact]
    public async Task HandlerJob_RetryCycleOnServiceTask_SetsAttemptsAndWaits()
    {
        var handler = new FailingHandler();
        var f = new EngineFixture(handlers: [handler]);
        await f.DeployXmlAsync("p", ModelerFile.Camunda7("p", """
                <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:serviceTask id="skicka" camunda:delegateExpression="${skicka}">
                  <bpmn:extensionElements><camunda:failedJobRetryTimeCycle>PT1M,PT30M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>
                  <bpmn:incoming>f1</bpmn:incoming>
                </bpmn:serviceTask>
                <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="skicka" />
            """));
        var instance = await f.Engine.StartAsync("p");

        await f.Engine.RunDueJobsAsync();
        f.Clock.Advance(TimeSpan.FromMinutes(1));
        await f.Engine.RunDueJobsAsync();
        f.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(0, await f.Engine.RunDueJobsAsync());
        f.Clock.Advance(TimeSpan.FromMinutes(1));
        await f.Engine.RunDueJobsAsync();

        Assert.Equal(3, handler.Calls);
        Assert.Equal(IncidentTypes.JobFailed, Assert.Single(await f.Engine.GetIncidentsAsync(instance.Id)).Type);
    }

    private static string Fork(string asyncAttributes) => ModelerFile.Camunda7("p", $"""
            <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:parallelGateway id="fork"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>fa</bpmn:outgoing><bpmn:outgoing>fb</bpmn:outgoing></bpmn:parallelGateway>
            <bpmn:task id="a" {asyncAttributes}><bpmn:incoming>fa</bpmn:incoming><bpmn:outgoing>fa2</bpmn:outgoing></bpmn:task>
            <bpmn:task id="b" {asyncAttributes}><bpmn:incoming>fb</bpmn:incoming><bpmn:outgoing>fb2</bpmn:outgoing></bpmn:task>
            <bpmn:parallelGateway id="join" camunda:asyncBefore="true"><bpmn:incoming>fa2</bpmn:incoming><bpmn:incoming>fb2</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:parallelGateway>
            <bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="fork" />
            <bpmn:sequenceFlow id="fa" sourceRef="fork" targetRef="a" />
            <bpmn:sequenceFlow id="fb" sourceRef="fork" targetRef="b" />
            <bpmn:sequenceFlow id="fa2" sourceRef="a" targetRef="join" />
            <bpmn:sequenceFlow id="fb2" sourceRef="b" targetRef="join" />
            <bpmn:sequenceFlow id="f2" sourceRef="join" targetRef="e" />
        """);

    [Fact]
    public async Task Exclusive_TwoJobsOfOneInstance_RunInTheOrderTheyWereParked()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("p", Fork("""camunda:asyncBefore="true" """));
        var instance = await f.Engine.StartAsync("p");
        var jobs = (await f.Store.FindRunnableHandlerJobsAsync(f.Clock.GetUtcNow(), 10)).ToDictionary(j => j.ElementId);

        Assert.False(await f.Engine.ExecuteJobAsync(jobs["b"].Id));
        Assert.Equal(JobStatus.Pending, (await f.Store.GetJobAsync(jobs["b"].Id))!.Status);
        Assert.True(await f.Engine.ExecuteJobAsync(jobs["a"].Id));
        Assert.True(await f.Engine.ExecuteJobAsync(jobs["b"].Id));

        var entered = (await f.Engine.GetHistoryAsync(instance.Id)).Where(h => h.Type == HistoryTypes.ElementEntered).Select(h => h.ElementId);
        Assert.Equal(["s", "fork", "a", "b"], entered);
        // Each token parked before the join on its own; the join fires once both jobs ran.
        Assert.Equal(2, await f.Engine.RunDueJobsAsync());
        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task NotExclusive_LaterJob_MayRunFirst()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("p", Fork("""camunda:asyncBefore="true" camunda:exclusive="false" """));
        var instance = await f.Engine.StartAsync("p");
        var jobs = (await f.Store.FindRunnableHandlerJobsAsync(f.Clock.GetUtcNow(), 10)).ToDictionary(j => j.ElementId);

        Assert.True(await f.Engine.ExecuteJobAsync(jobs["b"].Id));
        Assert.True(await f.Engine.ExecuteJobAsync(jobs["a"].Id));

        var entered = (await f.Engine.GetHistoryAsync(instance.Id)).Where(h => h.Type == HistoryTypes.ElementEntered).Select(h => h.ElementId);
        Assert.Equal(["s", "fork", "b", "a"], entered);
    }

    [Fact]
    public async Task AsyncBeforeInclusiveJoin_TokensParkedBeforeIt_JoinWaitsForBothAndFiresOnce()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("p", ModelerFile.Camunda7("p", """
                <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:inclusiveGateway id="fork"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>fa</bpmn:outgoing><bpmn:outgoing>fb</bpmn:outgoing></bpmn:inclusiveGateway>
                <bpmn:task id="a" camunda:asyncBefore="true"><bpmn:incoming>fa</bpmn:incoming><bpmn:outgoing>fa2</bpmn:outgoing></bpmn:task>
                <bpmn:task id="b" camunda:asyncBefore="true"><bpmn:incoming>fb</bpmn:incoming><bpmn:outgoing>fb2</bpmn:outgoing></bpmn:task>
                <bpmn:inclusiveGateway id="join" camunda:asyncBefore="true"><bpmn:incoming>fa2</bpmn:incoming><bpmn:incoming>fb2</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:inclusiveGateway>
                <bpmn:userTask id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:userTask>
                <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="fork" />
                <bpmn:sequenceFlow id="fa" sourceRef="fork" targetRef="a"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${true}</bpmn:conditionExpression></bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="fb" sourceRef="fork" targetRef="b"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${true}</bpmn:conditionExpression></bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="fa2" sourceRef="a" targetRef="join" />
                <bpmn:sequenceFlow id="fb2" sourceRef="b" targetRef="join" />
                <bpmn:sequenceFlow id="f2" sourceRef="join" targetRef="e" />
            """));
        var instance = await f.Engine.StartAsync("p");

        var jobs = (await f.Store.FindRunnableHandlerJobsAsync(f.Clock.GetUtcNow(), 10)).ToDictionary(j => j.ElementId);
        Assert.True(await f.Engine.ExecuteJobAsync(jobs["a"].Id));
        var parkedAtJoin = Assert.Single(await f.Store.FindRunnableHandlerJobsAsync(f.Clock.GetUtcNow(), 10), j => j.ElementId == "join");
        // Exclusive: b was parked first, so the join's job waits for it.
        Assert.False(await f.Engine.ExecuteJobAsync(parkedAtJoin.Id));
        Assert.True(await f.Engine.ExecuteJobAsync(jobs["b"].Id));
        Assert.Equal(2, await f.Engine.RunDueJobsAsync());

        Assert.Equal("e", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
        Assert.Single(await f.Engine.GetHistoryAsync(instance.Id), h => h.Type == HistoryTypes.ElementCompleted && h.ElementId == "join");
    }

    private sealed class FailingHandler : IServiceTaskHandler
    {
        public int Calls { get; private set; }
        public string Name => "skicka";

        public Task<IReadOnlyDictionary<string, object?>?> ExecuteAsync(ServiceTaskContext context, CancellationToken ct)
        {
            Calls++;
            throw new InvalidOperationException("mottagaren svarar inte");
        }
    }

    private sealed class RecordingScheduler : IJobScheduler
    {
        public List<Guid> Enqueued { get; } = [];

        public void Enqueue(Guid jobId, DateTimeOffset? notBefore) => Enqueued.Add(jobId);
    }
}
