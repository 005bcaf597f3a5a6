using Samverkan.Testing.Databases;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.VersionMigration;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Tests.Persistence;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>
/// An operator's repairs of one instance: suspend and resume, move a token, change a variable, each with a reason in the
/// history; and a migration racing a task completion on two nodes. Written once, run on the in-memory store and SQLite
/// (PostgreSQL in CI).
/// </summary>
public abstract class InstanceOperationScenarioTests : IDisposable
{
    private readonly TestWorkflowDatabase? _database;
    private readonly InterleavingStore _firstNodesView;
    private readonly EngineFixture _f;
    private readonly EngineFixture _second;

    private protected InstanceOperationScenarioTests(StorageProvider? provider)
    {
        _database = provider is { } p ? new TestWorkflowDatabase(p) : null;
        var shared = _database is null ? new InMemoryWorkflowStore() : null;
        _firstNodesView = new InterleavingStore(shared ?? (IWorkflowStore)_database!.CreateStore());
        _f = new EngineFixture(_firstNodesView);
        _second = new EngineFixture(shared ?? (IWorkflowStore)_database!.CreateStore(), clock: _f.Clock);
    }

    public void Dispose() => _database?.Dispose();

    /// <summary>A task with a one-day timer beside it, a message catch after it, then a second task.</summary>
    private const string Process = """
        <bpmn:startEvent id="s"/>
        <bpmn:userTask id="t1" name="Första"/>
        <bpmn:boundaryEvent id="late" attachedToRef="t1" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
        <bpmn:userTask id="lateTask"/>
        <bpmn:intermediateCatchEvent id="answer"><bpmn:messageEventDefinition messageRef="m"/></bpmn:intermediateCatchEvent>
        <bpmn:userTask id="t2" name="Andra"/>
        <bpmn:endEvent id="e"/>
        <bpmn:endEvent id="e2"/>
        """ + """<bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t1"/><bpmn:sequenceFlow id="f2" sourceRef="t1" targetRef="answer"/><bpmn:sequenceFlow id="f3" sourceRef="answer" targetRef="t2"/><bpmn:sequenceFlow id="f4" sourceRef="t2" targetRef="e"/><bpmn:sequenceFlow id="f5" sourceRef="late" targetRef="lateTask"/><bpmn:sequenceFlow id="f6" sourceRef="lateTask" targetRef="e2"/>""";

    private const string Message = """<bpmn:message id="m" name="svar"/>""";

    private async Task<Guid> StartAsync()
    {
        await _f.DeployAsync("p", Process, Message);
        return (await _f.Engine.StartAsync("p", "b-1")).Id;
    }

    [ProviderFact]
    public async Task Suspended_TimersWaitTasksRefusedThenResumeFiresWhatFellDue()
    {
        var id = await StartAsync();
        var task = await _f.SingleTaskAsync(id, "t1");

        await _f.Engine.SuspendAsync(id, "Fel handläggare", "admin");
        await _f.AdvanceAsync(TimeSpan.FromDays(2));
        var complete = await Assert.ThrowsAsync<InstanceSuspendedException>(() => _f.Engine.CompleteTaskAsync(task.Id));
        var claim = await Assert.ThrowsAsync<InstanceSuspendedException>(() => _f.Engine.ClaimTaskAsync(task.Id, "anna"));
        var view = await _f.InstanceAsync(id);
        var whileSuspended = await _f.OpenTasksAsync(id);
        var dueWhileSuspended = await _f.Engine.GetDueTimersAsync();
        await _f.Engine.ResumeAsync(id, "Rätt handläggare", "admin");
        await _f.Engine.FireDueTimersAsync();

        Assert.True(view.Suspended);
        Assert.Equal(EngineErrorKind.Conflict, complete.Kind);
        Assert.Contains("suspended", complete.Message);
        Assert.Equal(EngineErrorKind.Conflict, claim.Kind);
        Assert.Equal(["t1"], whileSuspended.Select(t => t.ElementId));
        Assert.Empty(dueWhileSuspended);
        Assert.False((await _f.InstanceAsync(id)).Suspended);
        Assert.Equal(["lateTask", "t1"], (await _f.OpenTasksAsync(id)).Select(t => t.ElementId).Order());
        var history = await _f.Engine.GetHistoryAsync(id);
        Assert.Equal("Fel handläggare (by admin)", history.Single(h => h.Type == HistoryTypes.InstanceSuspended).Detail);
        Assert.Equal("Rätt handläggare (by admin)", history.Single(h => h.Type == HistoryTypes.InstanceResumed).Detail);
    }

    [ProviderFact]
    public async Task Suspended_MessageRefusedWithConflict_AndNothingDelivered()
    {
        var id = await StartAsync();
        await _f.Engine.CompleteTaskAsync((await _f.SingleTaskAsync(id, "t1")).Id);
        await _f.Engine.SuspendAsync(id, "Utreds", "admin");

        var refused = await Assert.ThrowsAsync<InstanceSuspendedException>(() => _f.Engine.CorrelateMessageAsync("svar", "b-1"));
        await _f.Engine.ResumeAsync(id, "Klart", "admin");
        await _f.Engine.CorrelateMessageAsync("svar", "b-1");

        Assert.Equal(EngineErrorKind.Conflict, refused.Kind);
        Assert.Equal("t2", (await _f.OpenTasksAsync(id)).Single().ElementId);
    }

    [ProviderFact]
    public async Task SuspendTwiceOrResumeRunning_ConflictAndReasonRequired()
    {
        var id = await StartAsync();

        var noReason = await Assert.ThrowsAsync<EngineException>(() => _f.Engine.SuspendAsync(id, " ", "admin"));
        var notSuspended = await Assert.ThrowsAsync<EngineException>(() => _f.Engine.ResumeAsync(id, "x", "admin"));
        await _f.Engine.SuspendAsync(id, "x", "admin");
        var twice = await Assert.ThrowsAsync<EngineException>(() => _f.Engine.SuspendAsync(id, "x", "admin"));

        Assert.Equal(EngineErrorKind.Invalid, noReason.Kind);
        Assert.Equal(EngineErrorKind.Conflict, notSuspended.Kind);
        Assert.Equal(EngineErrorKind.Conflict, twice.Kind);
    }

    [ProviderFact]
    public async Task Suspended_ThenCancelled_TimersCancelledToo()
    {
        var id = await StartAsync();
        await _f.Engine.SuspendAsync(id, "x", "admin");

        await _f.Engine.CancelAsync(id, "Dubblett");

        Assert.Empty(await _f.Engine.GetPendingTimersAsync());
        Assert.Equal(InstanceStatus.Cancelled, (await _f.InstanceAsync(id)).Status);
    }

    [ProviderFact]
    public async Task MoveToken_CancelAtTaskStartBeforeLaterTask_OldTaskCancelledNewCreatedWithReason()
    {
        var id = await StartAsync();
        var first = await _f.SingleTaskAsync(id, "t1");

        var view = await _f.Engine.MoveTokenAsync(id, "t1", "t2", TokenPlacement.Before, "Svaret kom per telefon", "admin");

        Assert.Equal(["t2"], view.ActiveElementIds);
        Assert.Equal(UserTaskStatus.Cancelled, (await _f.Engine.GetTaskAsync(first.Id))!.Status);
        Assert.Empty(await _f.Engine.GetPendingTimersAsync());
        var entry = Assert.Single(await _f.Engine.GetHistoryAsync(id), h => h.Type == HistoryTypes.TokenMoved);
        Assert.Equal("cancelled at t1; started before t2: Svaret kom per telefon (by admin)", entry.Detail);
    }

    [ProviderFact]
    public async Task MoveToken_StartAfterTask_TakesItsFlowBesideTheRunningToken()
    {
        var id = await StartAsync();

        var view = await _f.Engine.MoveTokenAsync(id, null, "t1", TokenPlacement.After, "Parallellt", "admin");

        Assert.Equal(["answer", "t1"], view.ActiveElementIds.Order());
    }

    [ProviderFact]
    public async Task MoveToken_CancelLastToken_InstanceCompletes()
    {
        var id = await StartAsync();

        var view = await _f.Engine.MoveTokenAsync(id, "t1", null, TokenPlacement.Before, "Felstartat", "admin");

        Assert.Equal(InstanceStatus.Completed, view.Status);
    }

    [ProviderFact]
    public async Task MoveToken_BadTargets_InvalidWithReasonsAndNothingChanged()
    {
        var id = await StartAsync();

        var noToken = await Assert.ThrowsAsync<EngineException>(() => _f.Engine.MoveTokenAsync(id, "t2", "t1", TokenPlacement.Before, "x", "admin"));
        var noElement = await Assert.ThrowsAsync<EngineException>(() => _f.Engine.MoveTokenAsync(id, "t1", "ghost", TokenPlacement.Before, "x", "admin"));
        var boundary = await Assert.ThrowsAsync<EngineException>(() => _f.Engine.MoveTokenAsync(id, "t1", "late", TokenPlacement.Before, "x", "admin"));
        var noReason = await Assert.ThrowsAsync<EngineException>(() => _f.Engine.MoveTokenAsync(id, "t1", "t2", TokenPlacement.Before, "", "admin"));
        await _f.Engine.SuspendAsync(id, "x", "admin");
        var suspended = await Assert.ThrowsAsync<InstanceSuspendedException>(() => _f.Engine.MoveTokenAsync(id, "t1", "t2", TokenPlacement.Before, "x", "admin"));

        Assert.All([noToken, noElement, boundary, noReason], e => Assert.Equal(EngineErrorKind.Invalid, e.Kind));
        Assert.Contains("'t1'", noToken.Message);
        Assert.Contains("ghost", noElement.Message);
        Assert.Equal(EngineErrorKind.Conflict, suspended.Kind);
        Assert.Equal(["t1"], (await _f.OpenTasksAsync(id)).Select(t => t.ElementId));
    }

    [ProviderFact]
    public async Task ChangeVariable_WithReason_SetAndInHistory()
    {
        var id = await StartAsync();

        var view = await _f.Engine.ChangeVariableAsync(id, "priority", 2L, "Fel prioritet", "admin");
        var noReason = await Assert.ThrowsAsync<EngineException>(() => _f.Engine.ChangeVariableAsync(id, "priority", 3L, "", "admin"));

        Assert.Equal(2L, view.Variables["priority"]);
        Assert.Equal(EngineErrorKind.Invalid, noReason.Kind);
        Assert.Equal("priority added: Fel prioritet (by admin)", Assert.Single(await _f.Engine.GetHistoryAsync(id), h => h.Type == HistoryTypes.VariableChanged).Detail);
    }

    /// <summary>Version 2 renames the first task; a completion and a migration meet on two nodes.</summary>
    private async Task<(Guid Id, UserTaskView Task, MigrationPlan Plan)> RaceAsync()
    {
        var id = await StartAsync();
        await _f.DeployAsync("p", Process.Replace("\"t1\"", "\"first\""), Message);
        var plan = await _f.Engine.PlanMigrationAsync("p", 1, 2, new Dictionary<string, string> { ["t1"] = "first" });
        return (id, await _f.SingleTaskAsync(id, "t1"), plan);
    }

    [ProviderFact]
    public async Task Race_CompletionCommitsWhileMigrationPrepares_MigrationRetriesOnTheNewStateAndBothHold()
    {
        var (id, task, plan) = await RaceAsync();
        _firstNodesView.BeforeCommit = () => _second.Engine.CompleteTaskAsync(task.Id, V(("by", "second")));

        var migrated = await _f.Engine.MigrateInstanceAsync(id, plan, "designer");

        Assert.Equal(2, migrated.DefinitionVersion);
        Assert.Equal(["answer"], migrated.ActiveElementIds);
        Assert.Equal("second", migrated.Variables["by"]);
        Assert.Equal(UserTaskStatus.Completed, (await _f.Engine.GetTaskAsync(task.Id))!.Status);
        Assert.Single(await _f.Engine.GetHistoryAsync(id), h => h.Type == HistoryTypes.TaskCompleted);
        Assert.Single(await _f.Engine.GetHistoryAsync(id), h => h.Type == HistoryTypes.InstanceMigrated);
        Assert.Empty(await _f.Engine.GetPendingTimersAsync());
    }

    [ProviderFact]
    public async Task Race_MigrationCommitsWhileCompletionPrepares_CompletionRetriesOnTheNewVersion()
    {
        var (id, task, plan) = await RaceAsync();
        _firstNodesView.BeforeCommit = () => _second.Engine.MigrateInstanceAsync(id, plan, "designer");

        await _f.Engine.CompleteTaskAsync(task.Id, V(("by", "first")));

        var view = await _f.InstanceAsync(id);
        Assert.Equal(2, view.DefinitionVersion);
        Assert.Equal(["answer"], view.ActiveElementIds);
        Assert.Equal("first", (await _f.Engine.GetHistoryAsync(id)).Single(h => h.Type == HistoryTypes.TaskCompleted).ElementId);
        Assert.Equal(UserTaskStatus.Completed, (await _f.Engine.GetTaskAsync(task.Id))!.Status);
        Assert.Single(await _f.Engine.GetHistoryAsync(id), h => h.Type == HistoryTypes.InstanceMigrated);
    }

    public sealed class InMemory() : InstanceOperationScenarioTests(null);

    public sealed class Sqlite() : InstanceOperationScenarioTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : InstanceOperationScenarioTests(StorageProvider.PostgreSql);
}
