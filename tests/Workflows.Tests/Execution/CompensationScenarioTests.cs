using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>
/// BPMN compensation (spec 10.5.7 / 13.5.5): a compensation throw runs the handlers of the activities that completed in its
/// scope, in reverse order of completion, and waits for them; activities not completed are not compensated.
/// </summary>
public sealed class CompensationScenarioTests
{
    private const string Worker = "worker";

    private static async Task<LockedJob?> FetchAsync(EngineFixture f, string topic) =>
        (await f.Engine.FetchAndLockAsync(Worker, [topic], 10, TimeSpan.FromMinutes(5))).SingleOrDefault();

    private static async Task CompleteJobAsync(EngineFixture f, string topic) =>
        await f.Engine.CompleteExternalTaskAsync((await FetchAsync(f, topic))!.Id, Worker);

    private static async Task<IReadOnlyList<HistoryEntry>> CompensationsAsync(EngineFixture f, Guid instanceId) =>
        (await f.Engine.GetHistoryAsync(instanceId)).Where(h => h.Type == HistoryTypes.CompensationStarted).ToList();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Booking_CardDeclined_HandlersRunInReverseOrderOfCompletion(bool flightFirst)
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("resebokning", CompensationProcesses.Booking);
        var instance = await f.Engine.StartAsync("resebokning");
        string[] booked = flightFirst ? ["boka-flyg", "boka-hotell"] : ["boka-hotell", "boka-flyg"];
        foreach (var topic in booked)
        {
            await CompleteJobAsync(f, topic);
        }

        await f.Engine.ThrowExternalTaskErrorAsync((await FetchAsync(f, "debitera"))!.Id, Worker, "KORT_NEKAT", "Kortet nekades");

        // The last booking is undone first; the other handler waits for it.
        var view = await f.InstanceAsync(instance.Id);
        Assert.Equal(InstanceStatus.Active, view.Status);
        Assert.Contains("Event_Kompensera", view.ActiveElementIds);
        if (flightFirst)
        {
            Assert.Contains("Activity_AvbokaHotell", view.ActiveElementIds);
            Assert.Null(await FetchAsync(f, "avboka-flyg"));
            await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_AvbokaHotell")).Id);
            Assert.Equal(InstanceStatus.Active, (await f.InstanceAsync(instance.Id)).Status);
            await CompleteJobAsync(f, "avboka-flyg");
        }
        else
        {
            Assert.Empty(await f.OpenTasksAsync(instance.Id));
            await CompleteJobAsync(f, "avboka-flyg");
            Assert.Equal(InstanceStatus.Active, (await f.InstanceAsync(instance.Id)).Status);
            await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_AvbokaHotell")).Id);
        }

        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
        var compensations = await CompensationsAsync(f, instance.Id);
        string[] expected = flightFirst ? ["Activity_BokaHotell", "Activity_BokaFlyg"] : ["Activity_BokaFlyg", "Activity_BokaHotell"];
        Assert.Equal(expected, compensations.Select(h => h.Detail));
        Assert.Equal(expected.Select(e => e.Replace("Boka", "Avboka", StringComparison.Ordinal)), compensations.Select(h => h.ElementId));
        Assert.Contains(await f.Engine.GetHistoryAsync(instance.Id), h => h.Type == HistoryTypes.CompensationThrown && h.ElementId == "Event_Kompensera");
    }

    [Fact]
    public async Task Booking_CardCharged_NoHandlerRuns()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("resebokning", CompensationProcesses.Booking);
        var instance = await f.Engine.StartAsync("resebokning");

        foreach (var topic in new[] { "boka-hotell", "boka-flyg", "debitera" })
        {
            await CompleteJobAsync(f, topic);
        }

        Assert.Equal(InstanceStatus.Completed, (await f.InstanceAsync(instance.Id)).Status);
        Assert.Empty(await CompensationsAsync(f, instance.Id));
    }

    [Fact]
    public async Task ActivityRef_CompensatesOnlyThatActivity_ThenMovesOn()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("resa", CompensationProcesses.Sequential("Activity_BokaHotell"));
        var instance = await f.Engine.StartAsync("resa");
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_BokaHotell")).Id);
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_BokaFlyg")).Id);

        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_AvbokaHotell")).Id);

        Assert.Equal("Activity_NyttHotell", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
        Assert.Equal(["Activity_BokaHotell"], (await CompensationsAsync(f, instance.Id)).Select(h => h.Detail));
        var thrown = Assert.Single(await f.Engine.GetHistoryAsync(instance.Id), h => h.Type == HistoryTypes.CompensationThrown);
        Assert.Equal("Activity_BokaHotell", thrown.Detail);
    }

    [Fact]
    public async Task WaitForCompletion_UserTaskHandler_ThrowEventWaitsUntilTheTaskIsCompleted()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("resa", CompensationProcesses.Sequential(activityRef: null));
        var instance = await f.Engine.StartAsync("resa");
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_BokaHotell")).Id);
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_BokaFlyg")).Id);

        var waiting = await f.InstanceAsync(instance.Id);
        Assert.Equal(["Activity_AvbokaFlyg", "Event_Kompensera"], waiting.ActiveElementIds.Order());
        Assert.Equal("Activity_AvbokaFlyg", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_AvbokaFlyg")).Id);
        Assert.Equal("Activity_AvbokaHotell", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_AvbokaHotell")).Id);

        Assert.Equal("Activity_NyttHotell", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
        Assert.DoesNotContain("Event_Kompensera", (await f.InstanceAsync(instance.Id)).ActiveElementIds);
    }

    [Fact]
    public async Task SecondThrow_AlreadyCompensated_NothingRunsAgain()
    {
        var f = new EngineFixture();
        await f.DeployXmlAsync("resa", CompensationProcesses.Sequential(activityRef: null, throwTwice: true));
        var instance = await f.Engine.StartAsync("resa");
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_BokaHotell")).Id);
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_BokaFlyg")).Id);
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_AvbokaFlyg")).Id);
        await f.Engine.CompleteTaskAsync((await f.SingleTaskAsync(instance.Id, "Activity_AvbokaHotell")).Id);

        Assert.Equal("Activity_NyttHotell", Assert.Single(await f.OpenTasksAsync(instance.Id)).ElementId);
        Assert.Equal(2, (await CompensationsAsync(f, instance.Id)).Count);
    }
}
