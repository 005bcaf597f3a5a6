using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Tests.Persistence;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>A non-interrupting timer-cycle event subprocess: runs beside the main flow each time its timer fires.</summary>
public sealed class TimerEventSubprocessScenarioTests : IDisposable
{
    private readonly TestWorkflowDatabase _database = new();

    /// <summary>A care plan that reminds every hour, three times, while the plan is being written.</summary>
    private static string CarePlan(string reminderBody) => Modeler("vardplan", $$"""
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Activity_Plan" />
            <bpmn:userTask id="Activity_Plan" name="Skriv vårdplan"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:userTask>
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Activity_Plan" targetRef="Event_Klar" />
            <bpmn:endEvent id="Event_Klar"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
            <bpmn:subProcess id="Activity_Paminnelse" triggeredByEvent="true">
              <bpmn:startEvent id="Event_VarjeTimme" isInterrupting="false">
                <bpmn:outgoing>Flow_P1</bpmn:outgoing>
                <bpmn:timerEventDefinition id="TimerEventDefinition_0p1">
                  <bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R3/PT1H</bpmn:timeCycle>
                </bpmn:timerEventDefinition>
              </bpmn:startEvent>
              {{reminderBody}}
            </bpmn:subProcess>
        """);

    /// <summary>Each run leaves a task to follow up.</summary>
    private const string FollowUpTask = """
              <bpmn:sequenceFlow id="Flow_P1" sourceRef="Event_VarjeTimme" targetRef="Activity_Folj" />
              <bpmn:userTask id="Activity_Folj" name="Följ upp"><bpmn:incoming>Flow_P1</bpmn:incoming><bpmn:outgoing>Flow_P2</bpmn:outgoing></bpmn:userTask>
              <bpmn:sequenceFlow id="Flow_P2" sourceRef="Activity_Folj" targetRef="Event_Uppfoljt" />
              <bpmn:endEvent id="Event_Uppfoljt"><bpmn:incoming>Flow_P2</bpmn:incoming></bpmn:endEvent>
        """;

    /// <summary>Each run passes straight through (a notification would be a service task here).</summary>
    private const string PassThrough = """
              <bpmn:sequenceFlow id="Flow_P1" sourceRef="Event_VarjeTimme" targetRef="Event_Paminnt" />
              <bpmn:endEvent id="Event_Paminnt"><bpmn:incoming>Flow_P1</bpmn:incoming></bpmn:endEvent>
        """;

    private EngineFixture Fixture(bool durable) => durable ? new EngineFixture(_database.CreateStore()) : new EngineFixture();

    private static int Count(IReadOnlyList<HistoryEntry> history, string type, string elementId) =>
        history.Count(h => h.Type == type && h.ElementId == elementId);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CycleR3_FiresThreeTimesWhileMainTaskWaits_ThreeRunsBesideIt(bool durable)
    {
        var f = Fixture(durable);
        await f.DeployXmlAsync("vardplan", CarePlan(FollowUpTask));
        var instance = await f.Engine.StartAsync("vardplan");

        for (var hour = 0; hour < 5; hour++)
        {
            await f.AdvanceAsync(TimeSpan.FromHours(1));
        }

        var tasks = await f.OpenTasksAsync(instance.Id);
        Assert.Equal(["Activity_Folj", "Activity_Folj", "Activity_Folj", "Activity_Plan"], tasks.Select(t => t.ElementId).Order());
        Assert.Equal(3, tasks.Where(t => t.ElementId == "Activity_Folj").Select(t => t.ElementInstanceId).Distinct().Count());
        var history = await f.Engine.GetHistoryAsync(instance.Id);
        Assert.Equal(3, Count(history, HistoryTypes.TimerFired, "Event_VarjeTimme"));
        Assert.Equal(3, Count(history, HistoryTypes.ElementEntered, "Activity_Paminnelse"));
        Assert.Empty(await f.Store.FindPendingTimersAsync(instance.Id, null));
        Assert.Equal(InstanceStatus.Active, (await f.InstanceAsync(instance.Id)).Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MainFlowEnds_TimerIsCancelledAndFiresNoMore(bool durable)
    {
        var f = Fixture(durable);
        await f.DeployXmlAsync("vardplan", CarePlan(PassThrough));
        var instance = await f.Engine.StartAsync("vardplan");
        await f.AdvanceAsync(TimeSpan.FromHours(1));
        var timer = Assert.Single(await f.Store.FindPendingTimersAsync(instance.Id, null));

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_Plan")).Id);
        f.Clock.Advance(TimeSpan.FromHours(3));
        var firedAfterEnd = await f.Engine.FireDueTimersAsync();

        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
        Assert.Equal(0, firedAfterEnd);
        Assert.Equal(TimerStatus.Cancelled, (await f.Store.GetTimerAsync(timer.Id))!.Status);
        Assert.False(await f.Engine.FireTimerAsync(timer.Id));
        var history = await f.Engine.GetHistoryAsync(instance.Id);
        Assert.Equal(1, Count(history, HistoryTypes.TimerFired, "Event_VarjeTimme"));
        Assert.Equal(1, Count(history, HistoryTypes.ElementCompleted, "Event_Paminnt"));
    }

    [Fact]
    public async Task MainFlowEndsWhileARunIsOpen_InstanceCompletesWhenTheRunDoes()
    {
        var f = Fixture(durable: false);
        await f.DeployXmlAsync("vardplan", CarePlan(FollowUpTask));
        var instance = await f.Engine.StartAsync("vardplan");
        await f.AdvanceAsync(TimeSpan.FromHours(1));

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_Plan")).Id);
        var whileRunOpen = (await f.InstanceAsync(instance.Id)).Status;
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_Folj")).Id);

        Assert.Equal(InstanceStatus.Active, whileRunOpen);
        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
        Assert.Empty(await f.Store.FindPendingTimersAsync(instance.Id, null));
    }

    public void Dispose() => _database.Dispose();
}
