using Samverkan.Testing.Databases;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Tests.Persistence;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>
/// Two engines on one database, as two nodes: the second commits in the narrowest window there is, after the first
/// has read the task, timer or job and before it reads its instance. One of them must win, once. Written once, run on
/// the in-memory store (one store shared) and on SQLite and PostgreSQL (a store of its own per node).
/// </summary>
public abstract class InterleavedNodeTests : IDisposable
{
    private readonly TestWorkflowDatabase? _database;
    private readonly InterleavingStore _firstNodesView;
    private readonly EngineFixture _first;
    private readonly EngineFixture _second;

    /// <param name="provider">The database; null for one in-memory store that both nodes share.</param>
    private protected InterleavedNodeTests(StorageProvider? provider)
    {
        _database = provider is { } p ? new TestWorkflowDatabase(p) : null;
        var shared = _database is null ? new InMemoryWorkflowStore() : null;
        _firstNodesView = new InterleavingStore(shared ?? (IWorkflowStore)_database!.CreateStore());
        _first = new EngineFixture(_firstNodesView);
        _second = new EngineFixture(shared ?? (IWorkflowStore)_database!.CreateStore(), clock: _first.Clock);
    }

    [ProviderFact]
    public async Task ClaimTask_OtherNodeClaimsBetweenTaskAndInstanceRead_OnlyTheFirstCommittedClaimHolds()
    {
        await _first.DeployAsync("p", """<bpmn:startEvent id="s"/><bpmn:userTask id="t"/>""" + Flow("f1", "s", "t"));
        var instance = await _first.Engine.StartAsync("p");
        var task = await _first.SingleTaskAsync(instance.Id, "t");
        _firstNodesView.BeforeInstanceRead = () => _second.Engine.ClaimTaskAsync(task.Id, "anna");

        var refused = await Assert.ThrowsAsync<EngineException>(() => _first.Engine.ClaimTaskAsync(task.Id, "bertil"));

        Assert.Equal(EngineErrorKind.Conflict, refused.Kind);
        Assert.Equal("anna", (await _first.Engine.GetTaskAsync(task.Id))!.Assignee);
        Assert.Single(await _first.Engine.GetHistoryAsync(instance.Id), h => h.Type == HistoryTypes.TaskClaimed);
    }

    [ProviderFact]
    public async Task CompleteTask_OtherNodeCompletesBetweenTaskAndInstanceRead_CompletesOnce()
    {
        await _first.DeployAsync("p", """<bpmn:startEvent id="s"/><bpmn:userTask id="t"/><bpmn:userTask id="after"/>""" + Flow("f1", "s", "t") + Flow("f2", "t", "after"));
        var instance = await _first.Engine.StartAsync("p");
        var task = await _first.SingleTaskAsync(instance.Id, "t");
        _firstNodesView.BeforeInstanceRead = () => _second.Engine.CompleteTaskAsync(task.Id, V(("by", "second")));

        await Assert.ThrowsAsync<EngineException>(() => _first.Engine.CompleteTaskAsync(task.Id, V(("by", "first"))));

        var view = await _first.InstanceAsync(instance.Id);
        Assert.Equal("second", view.Variables["by"]);
        Assert.Equal("after", Assert.Single(await _first.OpenTasksAsync(instance.Id)).ElementId);
    }

    [ProviderFact]
    public async Task FireTimer_CycleFiredByOtherNodeBetweenTimerAndInstanceRead_FiresOnce()
    {
        await _first.DeployAsync("p", """<bpmn:startEvent id="s"/><bpmn:userTask id="t"/>""" +
            """<bpmn:boundaryEvent id="remind" attachedToRef="t" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeCycle>R3/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>""" +
            """<bpmn:endEvent id="reminded"/>""" + Flow("f1", "s", "t") + Flow("f2", "remind", "reminded"));
        var instance = await _first.Engine.StartAsync("p");
        var timer = Assert.Single(await _first.Engine.GetPendingTimersAsync());
        _first.Clock.Advance(TimeSpan.FromHours(1));
        _firstNodesView.BeforeInstanceRead = () => _second.Engine.FireTimerAsync(timer.Id);

        var firedHere = await _first.Engine.FireTimerAsync(timer.Id);

        Assert.False(firedHere);
        Assert.Single(await _first.Engine.GetHistoryAsync(instance.Id), h => h.Type == HistoryTypes.TimerFired);
        var next = (await _first.Engine.GetTimerAsync(timer.Id))!;
        Assert.Equal((TimerStatus.Pending, 1), (next.Status, next.FiredCount));
    }

    [ProviderFact]
    public async Task FireTimer_OneShotFiredByOtherNodeBetweenTimerAndInstanceRead_StaysFired()
    {
        await _first.DeployAsync("p", """<bpmn:startEvent id="s"/><bpmn:userTask id="t"/>""" +
            """<bpmn:boundaryEvent id="late" attachedToRef="t"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>""" +
            """<bpmn:userTask id="escalated"/>""" + Flow("f1", "s", "t") + Flow("f2", "late", "escalated"));
        var instance = await _first.Engine.StartAsync("p");
        var timer = Assert.Single(await _first.Engine.GetPendingTimersAsync());
        _first.Clock.Advance(TimeSpan.FromHours(1));
        _firstNodesView.BeforeInstanceRead = () => _second.Engine.FireTimerAsync(timer.Id);

        Assert.False(await _first.Engine.FireTimerAsync(timer.Id));

        Assert.Equal(TimerStatus.Fired, (await _first.Engine.GetTimerAsync(timer.Id))!.Status);
        Assert.Equal("escalated", Assert.Single(await _first.OpenTasksAsync(instance.Id)).ElementId);
    }

    [ProviderFact]
    public async Task FetchAndLock_OtherNodeLocksBetweenJobAndInstanceRead_OneWorkerHoldsIt()
    {
        await _first.DeployAsync("p", """<bpmn:startEvent id="s"/><bpmn:serviceTask id="send" camunda:type="external" camunda:topic="kallelse"/>""" + Flow("f1", "s", "send"));
        await _first.Engine.StartAsync("p");
        IReadOnlyList<LockedJob> lockedThere = [];
        _firstNodesView.BeforeInstanceRead = async () =>
            lockedThere = await _second.Engine.FetchAndLockAsync("w2", ["kallelse"], 10, TimeSpan.FromMinutes(5));

        var lockedHere = await _first.Engine.FetchAndLockAsync("w1", ["kallelse"], 10, TimeSpan.FromMinutes(5));

        Assert.Single(lockedThere);
        Assert.Empty(lockedHere);
    }

    public void Dispose() => _database?.Dispose();

    public sealed class InMemory() : InterleavedNodeTests(null);

    public sealed class Sqlite() : InterleavedNodeTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : InterleavedNodeTests(StorageProvider.PostgreSql);
}
