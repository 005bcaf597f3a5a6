using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>Timer start events whose value is an expression over the globals (the rule parameters) and now.</summary>
public sealed class StartTimerScenarioTests
{
    private sealed class Parameters : IExpressionGlobals
    {
        public Dictionary<string, object?> Values { get; } = new()
        {
            ["cycleStart"] = "2025-04-03T08:00:00+02:00",
            ["interval"] = "P1Y",
        };

        public ValueTask<IReadOnlyDictionary<string, object?>> GetAsync(DateTimeOffset asOf, CancellationToken ct) =>
            ValueTask.FromResult<IReadOnlyDictionary<string, object?>>(
                new Dictionary<string, object?> { ["params"] = new Dictionary<string, object?>(Values) });
    }

    private static string Body(string value) =>
        $"""
        <bpmn:startEvent id="due"><bpmn:timerEventDefinition><bpmn:timeCycle>{value}</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
        <bpmn:userTask id="review"/>
        """ + Flow("f1", "due", "review");

    private const string Anchored = """${"R/" + params.cycleStart + "/" + params.interval}""";

    [Fact]
    public async Task Deploy_CycleAnchoredInThePast_FirstFiresAtTheNextOccurrence()
    {
        var fx = new EngineFixture(globals: new Parameters());

        await fx.DeployAsync("p", Body(Anchored));

        var timer = Assert.Single(await fx.Engine.GetPendingTimersAsync());
        Assert.Equal(new DateTimeOffset(2026, 4, 3, 8, 0, 0, TimeSpan.FromHours(2)), timer.DueAt);
        Assert.Equal("R/2025-04-03T08:00:00+02:00/P1Y", timer.Spec);
    }

    [Fact]
    public async Task Fire_AfterTheParameterChanged_NextDueFollowsTheNewValue()
    {
        var parameters = new Parameters();
        var fx = new EngineFixture(globals: parameters);
        await fx.DeployAsync("p", Body("${\"R/\" + params.interval}"));
        var first = Assert.Single(await fx.Engine.GetPendingTimersAsync()).DueAt;

        parameters.Values["interval"] = "P6M";
        await fx.AdvanceAsync(first - fx.Clock.GetUtcNow());

        Assert.Equal(1, (await fx.Engine.QueryInstancesAsync(new InstanceQuery { DefinitionKey = "p" })).Total);
        var timer = Assert.Single(await fx.Engine.GetPendingTimersAsync());
        Assert.Equal(new DateTimeOffset(2027, 3, 2, 9, 0, 0, TimeSpan.FromHours(1)), first);
        Assert.Equal(new DateTimeOffset(2027, 9, 2, 9, 0, 0, TimeSpan.FromHours(2)), timer.DueAt);
    }

    [Fact]
    public async Task Refresh_AfterTheParameterChanged_MovesThePendingTimerAtOnce()
    {
        var parameters = new Parameters();
        var fx = new EngineFixture(globals: parameters);
        await fx.DeployAsync("p", Body(Anchored));
        Assert.Equal(0, await fx.Engine.RefreshStartTimersAsync());

        parameters.Values["cycleStart"] = "2026-03-16T08:00:00+01:00";
        var moved = await fx.Engine.RefreshStartTimersAsync();

        Assert.Equal(1, moved);
        var timer = Assert.Single(await fx.Engine.GetPendingTimersAsync());
        Assert.Equal(new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.FromHours(1)), timer.DueAt);
        await fx.AdvanceAsync(timer.DueAt - fx.Clock.GetUtcNow());
        Assert.Equal(1, (await fx.Engine.QueryInstancesAsync(new InstanceQuery { DefinitionKey = "p" })).Total);
        Assert.Equal(new DateTimeOffset(2027, 3, 16, 8, 0, 0, TimeSpan.FromHours(1)), Assert.Single(await fx.Engine.GetPendingTimersAsync()).DueAt);
    }

    [Fact]
    public async Task Refresh_AtTheInstantItFired_DoesNotFireThatOccurrenceAgain()
    {
        var parameters = new Parameters();
        var fx = new EngineFixture(globals: parameters);
        await fx.DeployAsync("p", Body(Anchored));
        await fx.AdvanceAsync(Assert.Single(await fx.Engine.GetPendingTimersAsync()).DueAt - fx.Clock.GetUtcNow());

        parameters.Values["interval"] = "P6M";
        await fx.Engine.RefreshStartTimersAsync();
        await fx.Engine.FireDueTimersAsync();

        Assert.Equal(1, (await fx.Engine.QueryInstancesAsync(new InstanceQuery { DefinitionKey = "p" })).Total);
        Assert.Equal(new DateTimeOffset(2026, 10, 3, 8, 0, 0, TimeSpan.FromHours(2)), Assert.Single(await fx.Engine.GetPendingTimersAsync()).DueAt);
    }

    [Fact]
    public async Task Fire_LongAfterDue_FiresOnceAndSkipsTheMissedOccurrences()
    {
        var fx = new EngineFixture(globals: new Parameters());
        await fx.DeployAsync("p", Body(Anchored));

        await fx.AdvanceAsync(TimeSpan.FromDays(3 * 365));

        Assert.Equal(1, (await fx.Engine.QueryInstancesAsync(new InstanceQuery { DefinitionKey = "p" })).Total);
        Assert.True(Assert.Single(await fx.Engine.GetPendingTimersAsync()).DueAt > fx.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Redeploy_SameTimerValue_KeepsTheDueTime()
    {
        var fx = new EngineFixture(globals: new Parameters());
        await fx.DeployAsync("p", Body(Anchored));
        var before = Assert.Single(await fx.Engine.GetPendingTimersAsync());
        fx.Clock.Advance(TimeSpan.FromDays(30));

        await fx.DeployAsync("p", Body(Anchored) + """<bpmn:endEvent id="unused"/>""");

        var after = Assert.Single(await fx.Engine.GetPendingTimersAsync());
        Assert.NotEqual(before.Id, after.Id);
        Assert.Equal(before.DueAt, after.DueAt);
        Assert.Equal(TimerStatus.Cancelled, (await fx.Engine.GetTimerAsync(before.Id))!.Status);
    }

    [Fact]
    public async Task Deploy_TimerValueThatCannotBeWorkedOut_DeploysWithoutTheTimer()
    {
        var fx = new EngineFixture(globals: new Parameters());

        await fx.DeployAsync("p", Body("${params.missing}") + """<bpmn:startEvent id="manual"/>""" + Flow("f2", "manual", "review"));

        Assert.Empty(await fx.Engine.GetPendingTimersAsync());
        var started = await fx.Engine.StartAsync("p");
        Assert.Single(await fx.OpenTasksAsync(started.Id));
    }
}
