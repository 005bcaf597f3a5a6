using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

public sealed class GatewayScenarioTests
{
    private static readonly string Exclusive =
        """<bpmn:startEvent id="start"/><bpmn:exclusiveGateway id="gw" default="toLow"/>""" +
        """<bpmn:task id="high"/><bpmn:task id="low"/><bpmn:endEvent id="endHigh"/><bpmn:endEvent id="endLow"/>""" +
        Flow("f1", "start", "gw") + Flow("toHigh", "gw", "high", "${amount > 10}") + Flow("toLow", "gw", "low") +
        Flow("f2", "high", "endHigh") + Flow("f3", "low", "endLow");

    [Theory]
    [InlineData(20, "endHigh")]
    [InlineData(5, "endLow")]
    public async Task Exclusive_ConditionOrDefault_TakesOneBranch(long amount, string expectedEnd)
    {
        var f = new EngineFixture();
        await f.DeployAsync("p", Exclusive);

        var instance = await f.Engine.StartAsync("p", variables: V(("amount", amount)));

        Assert.Equal(InstanceStatus.Completed, instance.Status);
        var history = await f.Engine.GetHistoryAsync(instance.Id);
        Assert.Contains(history, h => h.Type == HistoryTypes.ElementCompleted && h.ElementId == expectedEnd);
        Assert.DoesNotContain(history, h => h.ElementId == (expectedEnd == "endHigh" ? "endLow" : "endHigh"));
    }

    [Fact]
    public async Task Exclusive_NoTrueConditionAndNoDefault_RaisesIncidentThenRetrySucceeds()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p",
            """<bpmn:startEvent id="start"/><bpmn:exclusiveGateway id="gw"/><bpmn:endEvent id="a"/><bpmn:endEvent id="b"/>""" +
            Flow("f1", "start", "gw") + Flow("fa", "gw", "a", "${x == 1}") + Flow("fb", "gw", "b", "${x == 2}"));

        var instance = await f.Engine.StartAsync("p", variables: V(("x", 3)));

        Assert.Equal(InstanceStatus.Active, instance.Status);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal(IncidentTypes.NoOutgoingFlow, incident.Type);
        Assert.Equal("gw", incident.ElementId);

        await f.Engine.SetVariablesAsync(instance.Id, V(("x", 2)));
        await f.Engine.RetryIncidentAsync(incident.Id);

        var after = await f.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatus.Completed, after.Status);
        Assert.Empty(await f.Engine.GetIncidentsAsync(instance.Id));
    }

    [Fact]
    public async Task Parallel_SplitAndJoin_WaitsForBothBranches()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p",
            """<bpmn:startEvent id="start"/><bpmn:parallelGateway id="fork"/><bpmn:userTask id="a"/><bpmn:userTask id="b"/>""" +
            """<bpmn:parallelGateway id="join"/><bpmn:endEvent id="end"/>""" +
            Flow("f1", "start", "fork") + Flow("f2", "fork", "a") + Flow("f3", "fork", "b") +
            Flow("f4", "a", "join") + Flow("f5", "b", "join") + Flow("f6", "join", "end"));
        var instance = await f.Engine.StartAsync("p");

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "a")).Id);
        var midway = await f.InstanceAsync(instance.Id);
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "b")).Id);

        Assert.Equal(InstanceStatus.Active, midway.Status);
        Assert.Contains("join", midway.ActiveElementIds);
        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
        var history = await f.Engine.GetHistoryAsync(instance.Id);
        Assert.Single(history, h => h.Type == HistoryTypes.ElementCompleted && h.ElementId == "end");
    }

    private static readonly string Inclusive =
        """<bpmn:startEvent id="start"/><bpmn:inclusiveGateway id="fork" default="fd"/>""" +
        """<bpmn:userTask id="a"/><bpmn:userTask id="b"/><bpmn:userTask id="c"/><bpmn:task id="d"/>""" +
        """<bpmn:inclusiveGateway id="join"/><bpmn:userTask id="after"/><bpmn:endEvent id="end"/>""" +
        Flow("f1", "start", "fork") + Flow("fa", "fork", "a", "${a}") + Flow("fb", "fork", "b", "${b}") + Flow("fc", "fork", "c", "${c}") +
        Flow("fd", "fork", "d") +
        Flow("ja", "a", "join") + Flow("jb", "b", "join") + Flow("jc", "c", "join") + Flow("jd", "d", "join") +
        Flow("f2", "join", "after") + Flow("f3", "after", "end");

    [Fact]
    public async Task Inclusive_TwoOfThreeTaken_JoinFiresAfterBothAndOnlyOnce()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p", Inclusive);
        var instance = await f.Engine.StartAsync("p", variables: V(("a", true), ("b", false), ("c", true)));

        var tasks = await f.OpenTasksAsync(instance.Id);
        Assert.Equal(["a", "c"], tasks.Select(t => t.ElementId).Order());
        await f.Engine.CompleteTaskAsync(tasks[0].Id);
        Assert.DoesNotContain(await f.OpenTasksAsync(instance.Id), t => t.ElementId == "after");
        await f.Engine.CompleteTaskAsync(tasks[1].Id);

        var after = Assert.Single(await f.OpenTasksAsync(instance.Id));
        Assert.Equal("after", after.ElementId);
    }

    [Fact]
    public async Task Inclusive_NoConditionTrue_TakesDefaultAndJoinPasses()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p", Inclusive);

        var instance = await f.Engine.StartAsync("p", variables: V(("a", false), ("b", false), ("c", false)));

        Assert.Equal("after", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
    }

    [Fact]
    public async Task EventBased_MessageBeforeTimer_TakesMessageBranchAndCancelsTimer()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p",
            """<bpmn:startEvent id="start"/><bpmn:eventBasedGateway id="gw"/>""" +
            """<bpmn:intermediateCatchEvent id="answer"><bpmn:messageEventDefinition messageRef="m"/></bpmn:intermediateCatchEvent>""" +
            """<bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>P3D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""" +
            """<bpmn:endEvent id="answered"/><bpmn:endEvent id="timedOut"/>""" +
            Flow("f1", "start", "gw") + Flow("f2", "gw", "answer") + Flow("f3", "gw", "wait") +
            Flow("f4", "answer", "answered") + Flow("f5", "wait", "timedOut"),
            """<bpmn:message id="m" name="svar"/>""");
        var instance = await f.Engine.StartAsync("p", businessKey: "case-1");

        var result = await f.Engine.CorrelateMessageAsync("svar", businessKey: "case-1");
        await f.AdvanceAsync(TimeSpan.FromDays(4));

        Assert.Equal([instance.Id], result.InstanceIds);
        var history = await f.Engine.GetHistoryAsync(instance.Id);
        Assert.Contains(history, h => h.ElementId == "answered" && h.Type == HistoryTypes.ElementCompleted);
        Assert.DoesNotContain(history, h => h.ElementId == "timedOut");
        Assert.DoesNotContain(history, h => h.Type == HistoryTypes.TimerFired);
    }
}
