using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Tests.Persistence;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>Timer start events with literal values, on both stores: deploying arms a timer for the definition; firing it starts an instance.</summary>
public sealed class TimerStartEventScenarioTests : IDisposable
{
    private readonly List<TestWorkflowDatabase> _databases = [];

    /// <summary>A weekly review started by a timer, as the modeler saves it.</summary>
    private static string Review(string timer, string taskName = "Gå igenom ärenden") => Modeler("veckogenomgang", $"""
            <bpmn:startEvent id="StartEvent_1" name="Dags för genomgång">
              <bpmn:outgoing>Flow_0k2z5m1</bpmn:outgoing>
              <bpmn:timerEventDefinition id="TimerEventDefinition_1b3jz8x">
                {timer}
              </bpmn:timerEventDefinition>
            </bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_0k2z5m1" sourceRef="StartEvent_1" targetRef="Activity_1kq0x5v" />
            <bpmn:userTask id="Activity_1kq0x5v" name="{taskName}" camunda:candidateGroups="kommun">
              <bpmn:incoming>Flow_0k2z5m1</bpmn:incoming>
            </bpmn:userTask>
        """);

    private static string Cycle(string value) => $"""<bpmn:timeCycle xsi:type="bpmn:tFormalExpression">{value}</bpmn:timeCycle>""";

    /// <summary>On the in-memory store, or on a SQLite file, where a start timer is claimed by a conditional update.</summary>
    private EngineFixture Fixture(bool durable)
    {
        if (!durable)
        {
            return new EngineFixture();
        }
        var database = new TestWorkflowDatabase();
        _databases.Add(database);
        return new EngineFixture(database.CreateStore());
    }

    private static async Task<IReadOnlyList<Guid>> InstancesAsync(EngineFixture f) =>
        (await f.Engine.QueryInstancesAsync(new InstanceQuery { DefinitionKey = "veckogenomgang" })).Items.Select(i => i.Id).ToList();

    [Theory]
    [InlineData("""<bpmn:timeDate xsi:type="bpmn:tFormalExpression">2026-03-02T11:00:00+01:00</bpmn:timeDate>""", false)]
    [InlineData("""<bpmn:timeDate xsi:type="bpmn:tFormalExpression">2026-03-02T11:00:00+01:00</bpmn:timeDate>""", true)]
    [InlineData("""<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT2H</bpmn:timeDuration>""", false)]
    public async Task TimerStart_DateOrDuration_StartsOneInstanceWhenDue(string timer, bool durable)
    {
        var f = Fixture(durable);
        var definition = await f.DeployXmlAsync("veckogenomgang", Review(timer));
        var armed = Assert.Single(await f.Store.FindPendingTimersAsync(null, definition.Id));

        await f.AdvanceAsync(TimeSpan.FromMinutes(119));
        var early = await InstancesAsync(f);
        await f.AdvanceAsync(TimeSpan.FromMinutes(1));
        await f.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.Equal(f.Clock.GetUtcNow().AddDays(-1), armed.DueAt);
        Assert.Empty(early);
        var instanceId = Assert.Single(await InstancesAsync(f));
        Assert.Equal("Activity_1kq0x5v", (await f.SingleTaskAsync(instanceId, "Activity_1kq0x5v")).ElementId);
        Assert.Equal(TimerStatus.Fired, (await f.Store.GetTimerAsync(armed.Id))!.Status);
        Assert.Empty(await f.Store.FindPendingTimersAsync(null, definition.Id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TimerStart_Cycle_StartsAnInstanceEachPeriodUntilRepetitionsAreUsed(bool durable)
    {
        var f = Fixture(durable);
        var definition = await f.DeployXmlAsync("veckogenomgang", Review(Cycle("R3/PT1H")));
        var timer = Assert.Single(await f.Store.FindPendingTimersAsync(null, definition.Id));

        var counts = new List<int>();
        for (var hour = 0; hour < 5; hour++)
        {
            await f.AdvanceAsync(TimeSpan.FromHours(1));
            counts.Add((await InstancesAsync(f)).Count);
        }

        Assert.Equal([1, 2, 3, 3, 3], counts);
        var fired = (await f.Store.GetTimerAsync(timer.Id))!;
        Assert.Equal((TimerStatus.Fired, 3), (fired.Status, fired.FiredCount));
        foreach (var id in await InstancesAsync(f))
        {
            Assert.Single(await f.OpenTasksAsync(id));
        }
    }

    [Fact]
    public async Task TimerStart_FiredTwiceAtTheSameDueTime_StartsOneInstance()
    {
        var f = Fixture(durable: true);
        var definition = await f.DeployXmlAsync("veckogenomgang", Review(Cycle("R/PT1H")));
        var timer = Assert.Single(await f.Store.FindPendingTimersAsync(null, definition.Id));
        f.Clock.Advance(TimeSpan.FromHours(1));

        var results = await Task.WhenAll(f.Engine.FireTimerAsync(timer.Id), f.Engine.FireTimerAsync(timer.Id));

        Assert.Equal(1, results.Count(fired => fired));
        Assert.Single(await InstancesAsync(f));
        Assert.Equal(f.Clock.GetUtcNow().AddHours(1), (await f.Store.GetTimerAsync(timer.Id))!.DueAt);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TimerStart_NewVersion_ReplacesTheOldVersionsTimer(bool durable)
    {
        var f = Fixture(durable);
        var v1 = await f.DeployXmlAsync("veckogenomgang", Review(Cycle("R/P1D")));
        var oldTimer = Assert.Single(await f.Store.FindPendingTimersAsync(null, v1.Id));
        await f.AdvanceAsync(TimeSpan.FromDays(1));

        var v2 = await f.DeployXmlAsync("veckogenomgang", Review(Cycle("R/PT12H"), taskName: "Gå igenom ärenden och avvikelser"));
        await f.AdvanceAsync(TimeSpan.FromHours(12));
        await f.AdvanceAsync(TimeSpan.FromHours(12));

        Assert.Equal(2, v2.Version);
        Assert.Equal(TimerStatus.Cancelled, (await f.Store.GetTimerAsync(oldTimer.Id))!.Status);
        Assert.False(await f.Engine.FireTimerAsync(oldTimer.Id));
        Assert.Empty(await f.Store.FindPendingTimersAsync(null, v1.Id));
        Assert.Single(await f.Store.FindPendingTimersAsync(null, v2.Id));
        var versions = (await f.Engine.QueryInstancesAsync(new InstanceQuery { DefinitionKey = "veckogenomgang" })).Items
            .Select(i => i.DefinitionVersion).Order();
        Assert.Equal([1, 2, 2], versions);
    }

    [Fact]
    public async Task TimerStart_SameFileDeployedAgain_KeepsOneTimer()
    {
        var f = Fixture(durable: false);
        var v1 = await f.DeployXmlAsync("veckogenomgang", Review(Cycle("R/P1D")));

        var again = await f.DeployXmlAsync("veckogenomgang", Review(Cycle("R/P1D")));
        await f.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.Equal(v1.Id, again.Id);
        Assert.Single(await f.Store.FindPendingTimersAsync(null, v1.Id));
        Assert.Single(await InstancesAsync(f));
    }

    public void Dispose()
    {
        foreach (var database in _databases)
        {
            database.Dispose();
        }
    }
}
