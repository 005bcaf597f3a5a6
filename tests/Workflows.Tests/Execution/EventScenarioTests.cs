using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

public sealed class EventScenarioTests
{
    private const string Timer = """<bpmn:timerEventDefinition><bpmn:timeDuration>P2D</bpmn:timeDuration></bpmn:timerEventDefinition>""";

    [Fact]
    public async Task TimerCatch_FiredTwice_FiresOnce()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p", $"""<bpmn:startEvent id="s"/><bpmn:intermediateCatchEvent id="wait">{Timer}</bpmn:intermediateCatchEvent><bpmn:userTask id="t"/>""" +
            Flow("f1", "s", "wait") + Flow("f2", "wait", "t"));
        var instance = await f.Engine.StartAsync("p");
        var timer = (await f.Store.FindPendingTimersAsync(instance.Id, null)).Single();

        var early = await f.Engine.FireTimerAsync(timer.Id);
        f.Clock.Advance(TimeSpan.FromDays(2));
        var first = await f.Engine.FireTimerAsync(timer.Id);
        var second = await f.Engine.FireTimerAsync(timer.Id);

        Assert.False(early);
        Assert.True(first);
        Assert.False(second);
        Assert.Single(await f.OpenTasksAsync(instance.Id));
    }

    [Fact]
    public async Task BoundaryTimer_Interrupting_CancelsTaskAndTakesEscalationPath()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p", $"""<bpmn:startEvent id="s"/><bpmn:userTask id="t"/><bpmn:boundaryEvent id="late" attachedToRef="t">{Timer}</bpmn:boundaryEvent>""" +
            """<bpmn:userTask id="lift"/><bpmn:endEvent id="e"/>""" + Flow("f1", "s", "t") + Flow("f2", "t", "e") + Flow("f3", "late", "lift"));
        var instance = await f.Engine.StartAsync("p");
        var task = await f.SingleTaskAsync(instance.Id, "t");

        await f.AdvanceAsync(TimeSpan.FromDays(2));

        Assert.Equal(UserTaskStatus.Cancelled, (await f.Engine.GetTaskAsync(task.Id))!.Status);
        Assert.Equal("lift", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
    }

    [Fact]
    public async Task BoundaryTimerCycle_NonInterrupting_RemindsThreeTimesAndKeepsTask()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p", """<bpmn:startEvent id="s"/><bpmn:userTask id="t"/>""" +
            """<bpmn:boundaryEvent id="remind" attachedToRef="t" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeCycle>R3/P7D</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>""" +
            """<bpmn:serviceTask id="notify" camunda:type="external" camunda:topic="reminder"/><bpmn:endEvent id="e"/><bpmn:endEvent id="e2"/>""" +
            Flow("f1", "s", "t") + Flow("f2", "t", "e") + Flow("f3", "remind", "notify") + Flow("f4", "notify", "e2"));
        var instance = await f.Engine.StartAsync("p");

        for (var week = 0; week < 5; week++)
        {
            await f.AdvanceAsync(TimeSpan.FromDays(7));
        }

        var history = await f.Engine.GetHistoryAsync(instance.Id);
        Assert.Equal(3, history.Count(h => h.Type == HistoryTypes.TimerFired));
        Assert.Single(await f.OpenTasksAsync(instance.Id));
        var reminders = await f.Engine.FetchAndLockAsync("w", ["reminder"], 10, TimeSpan.FromMinutes(1));
        Assert.Equal(3, reminders.Count);
    }

    [Fact]
    public async Task ErrorEndInSubprocess_CaughtByBoundary_TerminatesSubprocess()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p",
            """<bpmn:startEvent id="s"/><bpmn:subProcess id="sub"><bpmn:startEvent id="ss"/><bpmn:parallelGateway id="fork"/><bpmn:userTask id="inner"/>""" +
            """<bpmn:endEvent id="fail"><bpmn:errorEventDefinition errorRef="err"/></bpmn:endEvent>""" +
            Flow("sf1", "ss", "fork") + Flow("sf2", "fork", "inner") + Flow("sf3", "fork", "fail") + Flow("sf4", "inner", "fork2") +
            """<bpmn:endEvent id="fork2"/></bpmn:subProcess>""" +
            """<bpmn:boundaryEvent id="caught" attachedToRef="sub"><bpmn:errorEventDefinition errorRef="err"/></bpmn:boundaryEvent>""" +
            """<bpmn:userTask id="handle"/><bpmn:endEvent id="e"/>""" + Flow("f1", "s", "sub") + Flow("f2", "sub", "e") + Flow("f3", "caught", "handle"),
            """<bpmn:error id="err" errorCode="E1"/>""");

        var instance = await f.Engine.StartAsync("p");

        Assert.Equal("handle", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
        Assert.DoesNotContain("sub", (await f.InstanceAsync(instance.Id)).ActiveElementIds);
    }

    [Fact]
    public async Task EscalationThrow_NonInterruptingBoundary_BothPathsContinue()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p",
            """<bpmn:startEvent id="s"/><bpmn:subProcess id="sub"><bpmn:startEvent id="ss"/>""" +
            """<bpmn:intermediateThrowEvent id="lift"><bpmn:escalationEventDefinition escalationRef="esc"/></bpmn:intermediateThrowEvent><bpmn:userTask id="inner"/>""" +
            Flow("sf1", "ss", "lift") + Flow("sf2", "lift", "inner") + """</bpmn:subProcess>""" +
            """<bpmn:boundaryEvent id="onLift" attachedToRef="sub" cancelActivity="false"><bpmn:escalationEventDefinition escalationRef="esc"/></bpmn:boundaryEvent>""" +
            """<bpmn:userTask id="manager"/><bpmn:endEvent id="e"/>""" + Flow("f1", "s", "sub") + Flow("f2", "sub", "e") + Flow("f3", "onLift", "manager"),
            """<bpmn:escalation id="esc" escalationCode="LIFT"/>""");

        var instance = await f.Engine.StartAsync("p");

        Assert.Equal(["inner", "manager"], (await f.OpenTasksAsync(instance.Id)).Select(t => t.ElementId).Order());
    }

    private const string ConsentProcess =
        """<bpmn:startEvent id="s"/><bpmn:userTask id="prepare"/><bpmn:endEvent id="e"/>""" +
        """<bpmn:subProcess id="withdrawn" triggeredByEvent="true"><bpmn:startEvent id="ws"><bpmn:messageEventDefinition messageRef="m"/></bpmn:startEvent>""" +
        """<bpmn:userTask id="tellParticipants"/><bpmn:endEvent id="we"/>""" + "<bpmn:sequenceFlow id=\"w1\" sourceRef=\"ws\" targetRef=\"tellParticipants\"/><bpmn:sequenceFlow id=\"w2\" sourceRef=\"tellParticipants\" targetRef=\"we\"/>" + "</bpmn:subProcess>" +
        """<bpmn:subProcess id="weekly" triggeredByEvent="true"><bpmn:startEvent id="ts" isInterrupting="false"><bpmn:timerEventDefinition><bpmn:timeCycle>R/P7D</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>""" +
        """<bpmn:endEvent id="te"/><bpmn:sequenceFlow id="t1" sourceRef="ts" targetRef="te"/></bpmn:subProcess>""" +
        """<bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="prepare"/><bpmn:sequenceFlow id="f2" sourceRef="prepare" targetRef="e"/>""";

    [Fact]
    public async Task EventSubprocess_MessageInterrupts_WorkEndsAndInstanceCompletesAfterHandler()
    {
        var f = new EngineFixture();
        await f.DeployAsync("sip", ConsentProcess, """<bpmn:message id="m" name="samtyckeAterkallat"/>""");
        var instance = await f.Engine.StartAsync("sip", businessKey: "person-1");
        await f.AdvanceAsync(TimeSpan.FromDays(7));

        await f.Engine.CorrelateMessageAsync("samtyckeAterkallat", businessKey: "person-1");

        var tasks = await f.OpenTasksAsync(instance.Id);
        Assert.Equal("tellParticipants", Assert.Single(tasks).ElementId);
        await f.Engine.CompleteTaskAsync(tasks[0].Id);
        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
        Assert.Empty(await f.Store.FindPendingTimersAsync(instance.Id, null));
        var history = await f.Engine.GetHistoryAsync(instance.Id);
        Assert.Contains(history, h => h.Type == HistoryTypes.ElementCompleted && h.ElementId == "te");
    }

    [Fact]
    public async Task Message_NoMatchAndAmbiguous_AreClearErrors()
    {
        var f = new EngineFixture();
        await f.DeployAsync("sip", ConsentProcess, """<bpmn:message id="m" name="samtyckeAterkallat"/>""");
        await f.Engine.StartAsync("sip", businessKey: "a", variables: V(("personId", "p1")));
        await f.Engine.StartAsync("sip", businessKey: "b", variables: V(("personId", "p1")));

        var none = await Assert.ThrowsAsync<EngineException>(() => f.Engine.CorrelateMessageAsync("samtyckeAterkallat", businessKey: "zzz"));
        var many = await Assert.ThrowsAsync<EngineException>(() => f.Engine.CorrelateMessageAsync("samtyckeAterkallat", correlation: V(("personId", "p1"))));
        var all = await f.Engine.CorrelateMessageAsync("samtyckeAterkallat", correlation: V(("personId", "p1")), all: true);

        Assert.Equal(EngineErrorKind.NotFound, none.Kind);
        Assert.Equal(EngineErrorKind.Conflict, many.Kind);
        Assert.Equal(2, all.InstanceIds.Count);
    }

    [Fact]
    public async Task MessageStart_NoWaitingInstance_StartsNewInstanceWithPayload()
    {
        var f = new EngineFixture();
        await f.DeployAsync("pull", """<bpmn:startEvent id="s"><bpmn:messageEventDefinition messageRef="m"/></bpmn:startEvent><bpmn:userTask id="t" camunda:assignee="${party}"/>""" + Flow("f", "s", "t"),
            """<bpmn:message id="m" name="rodaSnoret"/>""");

        var result = await f.Engine.CorrelateMessageAsync("rodaSnoret", businessKey: "k", variables: V(("party", "polis")));

        Assert.True(result.StartedInstance);
        Assert.Equal("polis", (await f.SingleTaskAsync(result.InstanceIds[0], "t")).Assignee);
    }

    [Fact]
    public async Task Signal_ThrownByOneInstance_ReachesWaitingInstances()
    {
        var f = new EngineFixture();
        const string declarations = """<bpmn:signal id="sig" name="pausAndrad"/>""";
        await f.DeployAsync("listener", """<bpmn:startEvent id="s"/><bpmn:intermediateCatchEvent id="c"><bpmn:signalEventDefinition signalRef="sig"/></bpmn:intermediateCatchEvent><bpmn:endEvent id="e"/>""" + Flow("f1", "s", "c") + Flow("f2", "c", "e"), declarations);
        await f.DeployAsync("thrower", """<bpmn:startEvent id="s"/><bpmn:intermediateThrowEvent id="t"><bpmn:signalEventDefinition signalRef="sig"/></bpmn:intermediateThrowEvent><bpmn:endEvent id="e"/>""" + Flow("f1", "s", "t") + Flow("f2", "t", "e"), declarations);
        var a = await f.Engine.StartAsync("listener");
        var b = await f.Engine.StartAsync("listener");

        await f.Engine.StartAsync("thrower");

        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(a.Id)).Status);
        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(b.Id)).Status);
    }

    [Fact]
    public async Task TerminateEnd_EndsOtherBranches()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p", """<bpmn:startEvent id="s"/><bpmn:parallelGateway id="fork"/><bpmn:userTask id="slow"/><bpmn:endEvent id="stop"><bpmn:terminateEventDefinition/></bpmn:endEvent>""" +
            Flow("f1", "s", "fork") + Flow("f2", "fork", "slow") + Flow("f3", "fork", "stop"));

        var instance = await f.Engine.StartAsync("p");

        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Empty(await f.OpenTasksAsync(instance.Id));
    }
}
