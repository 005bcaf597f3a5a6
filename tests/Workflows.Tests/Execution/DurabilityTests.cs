using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Tests.Persistence;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

public sealed class DurabilityTests
{
    private const string OneTask = """<bpmn:startEvent id="s"/><bpmn:userTask id="t"/><bpmn:endEvent id="e"/>""" + "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"s\" targetRef=\"t\"/><bpmn:sequenceFlow id=\"f2\" sourceRef=\"t\" targetRef=\"e\"/>";

    [Fact]
    public async Task Deploy_SameXmlTwice_KeepsVersion_ChangedXml_NewVersion_RunningInstanceStays()
    {
        var f = new EngineFixture();
        var v1 = await f.Engine.DeployAsync(Wrap("p", OneTask));
        var again = await f.Engine.DeployAsync(Wrap("p", OneTask));
        var running = await f.Engine.StartAsync("p");
        var v2 = await f.Engine.DeployAsync(Wrap("p", OneTask.Replace("id=\"t\"", "id=\"t\" name=\"Ny\"")));

        Assert.True(v1.Definitions[0].Created);
        Assert.False(again.Definitions[0].Created);
        Assert.Equal(1, again.Definitions[0].Version);
        Assert.Equal(2, v2.Definitions[0].Version);
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(running.Id, "t")).Id);
        var done = await f.InstanceAsync(running.Id);
        Assert.Equal((1, InstanceStatus.Completed), (done.DefinitionVersion, done.Status));
        Assert.Equal(2, (await f.Engine.StartAsync("p")).DefinitionVersion);
    }

    [Fact]
    public async Task Deploy_InvalidFile_DeploysNothingAndNamesElementAndLine()
    {
        var f = new EngineFixture();

        var result = await f.Engine.DeployAsync(Wrap("p", """<bpmn:startEvent id="s"/>""" + "\n" + Flow("bad", "s", "nowhere")));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("bad", error.ElementId);
        Assert.True(error.Line > 1);
        Assert.Empty(await f.Store.ListDefinitionsAsync(null));
    }

    [Theory]
    [InlineData(false, 40)]
    [InlineData(true, 8)]
    public async Task ParallelCompletions_OnOneInstance_NoLostUpdateAndJoinFiresOnce(bool durable, int count)
    {
        using var database = durable ? new TestWorkflowDatabase() : null;
        var f = new EngineFixture(database?.CreateStore());
        await f.DeployAsync("p", """<bpmn:startEvent id="s"/><bpmn:userTask id="t"><bpmn:multiInstanceLoopCharacteristics camunda:collection="items" camunda:elementVariable="item"/></bpmn:userTask><bpmn:userTask id="after"/>""" +
            Flow("f1", "s", "t") + Flow("f2", "t", "after"));
        var items = Enumerable.Range(0, count).Select(i => (object?)$"p{i}").ToList();
        var instance = await f.Engine.StartAsync("p", variables: V(("items", items)));
        var tasks = await f.OpenTasksAsync(instance.Id);

        await Task.WhenAll(tasks.Select(t => Task.Run(() => f.Engine.CompleteTaskAsync(t.Id, V(($"done_{t.Id:N}", true))))));

        var view = await f.InstanceAsync(instance.Id);
        Assert.Equal(count, view.Variables.Keys.Count(k => k.StartsWith("done_", StringComparison.Ordinal)));
        Assert.Equal("after", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ConcurrentMessagesAndTimers_ManyInstances_EachAdvancesExactlyOnce(bool durable)
    {
        using var database = durable ? new TestWorkflowDatabase() : null;
        var f = new EngineFixture(database?.CreateStore());
        await f.DeployAsync("p", """<bpmn:startEvent id="s"/><bpmn:receiveTask id="r" messageRef="m"/>""" +
            """<bpmn:boundaryEvent id="late" attachedToRef="r"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>""" +
            """<bpmn:endEvent id="got"/><bpmn:endEvent id="timeout"/>""" + Flow("f1", "s", "r") + Flow("f2", "r", "got") + Flow("f3", "late", "timeout"),
            """<bpmn:message id="m" name="svar"/>""");
        var instances = new List<InstanceView>();
        for (var i = 0; i < 30; i++)
        {
            instances.Add(await f.Engine.StartAsync("p", businessKey: $"k{i}"));
        }
        f.Clock.Advance(TimeSpan.FromHours(2));
        var timers = await f.Engine.GetDueTimersAsync(1000);

        var work = instances.Select(i => Task.Run(async () =>
        {
            try { await f.Engine.CorrelateMessageAsync("svar", i.BusinessKey); } catch (EngineException) { }
        })).Concat(timers.SelectMany(t => new[] { Task.Run(() => f.Engine.FireTimerAsync(t.Id)), Task.Run(() => f.Engine.FireTimerAsync(t.Id)) }));
        await Task.WhenAll(work);

        foreach (var instance in instances)
        {
            Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
            var ends = (await f.Engine.GetHistoryAsync(instance.Id)).Count(h => h.Type == HistoryTypes.ElementCompleted && h.ElementId is "got" or "timeout");
            Assert.Equal(1, ends);
        }
    }

    [Fact]
    public async Task OversizedOrBadlyNamedVariables_AreRejectedBeforeAnythingIsWritten()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p", OneTask);

        var big = await Assert.ThrowsAsync<VariableException>(() => f.Engine.StartAsync("p", variables: V(("text", new string('x', VariableValues.MaxVariableBytes + 1)))));
        var name = await Assert.ThrowsAsync<VariableException>(() => f.Engine.StartAsync("p", variables: V(("1bad name", 1))));

        Assert.Equal("text", big.Variable);
        Assert.Equal("1bad name", name.Variable);
        Assert.Empty((await f.Engine.QueryInstancesAsync(new Abstractions.InstanceQuery())).Items);
    }
}
