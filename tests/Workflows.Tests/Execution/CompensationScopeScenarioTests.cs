using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>Compensation across scopes: per completed multi-instance iteration, into completed subprocesses, and by a compensation event subprocess.</summary>
public sealed class CompensationScopeScenarioTests
{
    private static async Task<IReadOnlyList<HistoryEntry>> CompensationsAsync(EngineFixture f, Guid instanceId) =>
        (await f.Engine.GetHistoryAsync(instanceId)).Where(h => h.Type == HistoryTypes.CompensationStarted).ToList();

    private static async Task CompleteAsync(EngineFixture f, Guid instanceId, string elementId, string? assignee = null) =>
        await f.Engine.CompleteTaskAsync((await f.OpenTasksAsync(instanceId)).Single(t => t.ElementId == elementId && (assignee is null || t.Assignee == assignee)).Id);

    [Fact]
    public async Task MultiInstance_TwoOfThreeIterationsCompleted_EachCompletedIterationCompensatedOnceInReverse()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("resor", CompensationProcesses.MultiInstance);
        var instance = await f.Engine.StartAsync("resor", variables: V(("resor", new List<object?> { "Malmö", "Umeå", "Kiruna" })));
        await CompleteAsync(f, instance.Id, "Activity_BokaResa", "Umeå");
        await CompleteAsync(f, instance.Id, "Activity_BokaResa", "Malmö");

        await CompleteAsync(f, instance.Id, "Activity_StallIn");

        // The handler sees the iteration's element variable as it was; the running iteration (Kiruna) is not compensated.
        var open = await f.OpenTasksAsync(instance.Id);
        Assert.Equal(["Activity_AvbokaResa:Malmö", "Activity_BokaResa:Kiruna"], open.Select(t => $"{t.ElementId}:{t.Assignee}").Order());
        await CompleteAsync(f, instance.Id, "Activity_AvbokaResa");
        Assert.Equal("Umeå", (await f.SingleTaskAsync(instance.Id, "Activity_AvbokaResa")).Assignee);
        await CompleteAsync(f, instance.Id, "Activity_AvbokaResa");

        Assert.Equal("Activity_BokaResa", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
        Assert.Equal(2, (await CompensationsAsync(f, instance.Id)).Count);
        await CompleteAsync(f, instance.Id, "Activity_BokaResa", "Kiruna");
        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
    }

    [Fact]
    public async Task CompletedSubprocess_CompensatedFromOutside_InnerHandlersRunInReverseWithItsVariables()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("resa", CompensationProcesses.Journey(withEventSubprocess: false));
        var instance = await f.Engine.StartAsync("resa");
        await CompleteAsync(f, instance.Id, "Activity_BokaHotell");
        await CompleteAsync(f, instance.Id, "Activity_BokaFlyg");

        await CompleteAsync(f, instance.Id, "Activity_Granska");

        var flight = Assert.Single(await f.OpenTasksAsync(instance.Id));
        Assert.Equal(("Activity_AvbokaFlyg", "Anna"), (flight.ElementId, flight.Assignee));
        Assert.Equal(["Activity_AvbokaFlyg", "Activity_Resa", "Event_Kompensera"], (await f.InstanceAsync(instance.Id)).ActiveElementIds.Order());
        await f.Engine.CompleteTaskAsync(flight.Id);
        await CompleteAsync(f, instance.Id, "Activity_AvbokaHotell", "Anna");

        var view = await f.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatus.Completed, view.Status);
        Assert.False(view.Variables.ContainsKey("resenar"));
        Assert.Equal(["Activity_BokaFlyg", "Activity_BokaHotell"], (await CompensationsAsync(f, instance.Id)).Select(h => h.Detail));
    }

    [Fact]
    public async Task CompensationEventSubprocess_ReplacesDefaultCompensation_AndCompensatesTheInnerActivitiesItself()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("resa", CompensationProcesses.Journey(withEventSubprocess: true));
        var instance = await f.Engine.StartAsync("resa");
        await CompleteAsync(f, instance.Id, "Activity_BokaHotell");
        await CompleteAsync(f, instance.Id, "Activity_BokaFlyg");

        await CompleteAsync(f, instance.Id, "Activity_Granska");

        var tell = Assert.Single(await f.OpenTasksAsync(instance.Id));
        Assert.Equal(("Activity_Meddela", "Anna"), (tell.ElementId, tell.Assignee));
        Assert.Contains("Activity_Kompensation", (await f.InstanceAsync(instance.Id)).ActiveElementIds);
        await f.Engine.CompleteTaskAsync(tell.Id);
        await CompleteAsync(f, instance.Id, "Activity_AvbokaFlyg", "Anna");
        Assert.Equal(InstanceStatus.Active, (await f.InstanceAsync(instance.Id)).Status);
        await CompleteAsync(f, instance.Id, "Activity_AvbokaHotell", "Anna");

        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
        var compensations = await CompensationsAsync(f, instance.Id);
        Assert.Equal(["Activity_Kompensation", "Activity_AvbokaFlyg", "Activity_AvbokaHotell"], compensations.Select(h => h.ElementId));
        Assert.Equal(["Activity_Resa", "Activity_BokaFlyg", "Activity_BokaHotell"], compensations.Select(h => h.Detail));
    }
}
