using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>ProcessEngine.FindInstancesStartedAsync, the query behind period reports.</summary>
public sealed class InstancesStartedQueryTests
{
    private const string Waiting = """<bpmn:startEvent id="s"/><bpmn:userTask id="wait"/>""" + """<bpmn:sequenceFlow id="f" sourceRef="s" targetRef="wait"/>""";

    [Fact]
    public async Task FindInstancesStarted_FromIncludedToExcluded_OtherProcessesLeftOut_OldestFirst()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p", Waiting);
        await f.DeployAsync("other", Waiting);
        var t0 = f.Clock.GetUtcNow();
        var ids = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add((await f.Engine.StartAsync("p")).Id);
            await f.Engine.StartAsync("other");
            f.Clock.Advance(TimeSpan.FromHours(1));
        }

        var found = await f.Engine.FindInstancesStartedAsync("p", t0.AddHours(1), t0.AddHours(3));

        Assert.Equal(ids[1..3], found.Select(i => i.Id));
        Assert.All(found, i => Assert.Equal("p", i.DefinitionKey));
    }

    [Fact]
    public async Task FindInstancesStarted_PeriodAcrossManyPages_FindsEveryOne()
    {
        var f = new EngineFixture();
        await f.DeployAsync("p", Waiting);
        var t0 = f.Clock.GetUtcNow();
        for (var i = 0; i < 1200; i++)
        {
            await f.Engine.StartAsync("p");
            f.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var found = await f.Engine.FindInstancesStartedAsync("p", t0.AddMinutes(100), t0.AddMinutes(1100));

        Assert.Equal(1000, found.Count);
        Assert.Equal(t0.AddMinutes(100), found[0].StartedAt);
        Assert.Equal(t0.AddMinutes(1099), found[^1].StartedAt);
    }
}
