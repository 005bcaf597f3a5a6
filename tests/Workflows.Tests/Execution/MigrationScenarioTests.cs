using Samverkan.Testing.Databases;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.VersionMigration;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Tests.Persistence;
using static Samverkan.Workflows.Tests.Execution.EngineFixture;

namespace Samverkan.Workflows.Tests.Execution;

/// <summary>
/// Moving running instances to another version of their process: the plan, the check per instance, and the move
/// (tasks keep id, assignee, claim and due date; mapped timers keep their due time; removed events are cancelled, added
/// ones armed). Written once, run on the in-memory store and on SQLite (PostgreSQL in CI).
/// </summary>
public abstract class MigrationScenarioTests : IDisposable
{
    private readonly TestWorkflowDatabase? _database;
    private readonly EngineFixture _f;

    private protected MigrationScenarioTests(StorageProvider? provider)
    {
        _database = provider is { } p ? new TestWorkflowDatabase(p) : null;
        _f = new EngineFixture(_database?.CreateStore());
    }

    public void Dispose() => _database?.Dispose();

    /// <summary>Version 1: a review with a reminder timer after two days, then an approval.</summary>
    private const string V1 = """
        <bpmn:startEvent id="s"/>
        <bpmn:userTask id="review" name="Granska" camunda:candidateGroups="handlaggare" camunda:dueDate="2026-03-10T09:00:00Z"/>
        <bpmn:boundaryEvent id="remind" attachedToRef="review" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeDuration>P2D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
        <bpmn:boundaryEvent id="dropped" attachedToRef="review" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeDuration>P5D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
        <bpmn:userTask id="remindTask"/>
        <bpmn:userTask id="approve"/>
        <bpmn:endEvent id="e"/>
        <bpmn:endEvent id="e2"/>
        <bpmn:endEvent id="e3"/>
        """ + """<bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="review"/><bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="approve"/><bpmn:sequenceFlow id="f3" sourceRef="approve" targetRef="e"/><bpmn:sequenceFlow id="f4" sourceRef="remind" targetRef="remindTask"/><bpmn:sequenceFlow id="f5" sourceRef="remindTask" targetRef="e2"/><bpmn:sequenceFlow id="f6" sourceRef="dropped" targetRef="e3"/>""";

    /// <summary>Version 2: the review renamed (new id), the five-day timer removed, a ten-day escalation added.</summary>
    private const string V2 = """
        <bpmn:startEvent id="s"/>
        <bpmn:userTask id="granska" name="Granska ärendet" camunda:candidateGroups="handlaggare"/>
        <bpmn:boundaryEvent id="remind" attachedToRef="granska" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeDuration>P2D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
        <bpmn:boundaryEvent id="escalate" attachedToRef="granska" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeDuration>P10D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
        <bpmn:userTask id="remindTask"/>
        <bpmn:userTask id="escalateTask"/>
        <bpmn:userTask id="approve"/>
        <bpmn:endEvent id="e"/>
        <bpmn:endEvent id="e2"/>
        <bpmn:endEvent id="e4"/>
        """ + """<bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="granska"/><bpmn:sequenceFlow id="f2" sourceRef="granska" targetRef="approve"/><bpmn:sequenceFlow id="f3" sourceRef="approve" targetRef="e"/><bpmn:sequenceFlow id="f4" sourceRef="remind" targetRef="remindTask"/><bpmn:sequenceFlow id="f5" sourceRef="remindTask" targetRef="e2"/><bpmn:sequenceFlow id="f7" sourceRef="escalate" targetRef="escalateTask"/><bpmn:sequenceFlow id="f8" sourceRef="escalateTask" targetRef="e4"/>""";

    private static readonly Dictionary<string, string> Renamed = new() { ["review"] = "granska" };

    private async Task<Guid> StartAtReviewAsync()
    {
        await _f.DeployAsync("p", V1);
        var instance = await _f.Engine.StartAsync("p", "arende-1");
        await _f.DeployAsync("p", V2);
        return instance.Id;
    }

    [ProviderFact]
    public async Task Plan_EqualIdsMapByThemselvesAndExplicitOnesAreMarked()
    {
        await StartAtReviewAsync();

        var plan = await _f.Engine.PlanMigrationAsync("p", 1, 2, Renamed);

        Assert.True(plan.IsValid);
        Assert.Contains(plan.Mappings, m => m is { SourceId: "review", TargetId: "granska", Explicit: true, TargetName: "Granska ärendet" });
        Assert.Contains(plan.Mappings, m => m is { SourceId: "approve", TargetId: "approve", Explicit: false });
        Assert.DoesNotContain(plan.Mappings, m => m.SourceId == "dropped");
    }

    [ProviderFact]
    public async Task Plan_MappingToMissingOrFromMissingElements_IsInvalidWithCodes()
    {
        await StartAtReviewAsync();

        var plan = await _f.Engine.PlanMigrationAsync("p", 1, 2, new Dictionary<string, string> { ["review"] = "nope", ["ghost"] = "approve" });

        Assert.False(plan.IsValid);
        Assert.Equal([MigrationCodes.SourceElementMissing, MigrationCodes.TargetElementMissing], plan.Problems.Select(p => p.Code).Order());
        var refused = await Assert.ThrowsAsync<MigrationRefusedException>(() => _f.Engine.MigrateInstanceAsync(Guid.NewGuid(), plan, "designer"));
        Assert.Equal(EngineErrorKind.Invalid, refused.Kind);
    }

    [ProviderFact]
    public async Task Plan_SameVersionOrMissingVersion_Refused()
    {
        await StartAtReviewAsync();

        var same = await Assert.ThrowsAsync<EngineException>(() => _f.Engine.PlanMigrationAsync("p", 2, 2));
        var missing = await Assert.ThrowsAsync<EngineException>(() => _f.Engine.PlanMigrationAsync("p", 1, 7));

        Assert.Equal(EngineErrorKind.Invalid, same.Kind);
        Assert.Equal(EngineErrorKind.NotFound, missing.Kind);
    }

    [ProviderFact]
    public async Task Migrate_RenamedTask_KeepsTaskIdAssigneeClaimDueDateAndTimerDueTime()
    {
        var id = await StartAtReviewAsync();
        var task = await _f.SingleTaskAsync(id, "review");
        await _f.Engine.ClaimTaskAsync(task.Id, "anna");
        var claimed = (await _f.Engine.GetTaskAsync(task.Id))!;
        var remindDue = (await _f.Engine.GetPendingTimersAsync()).Single(t => t.ElementId == "remind").DueAt;
        _f.Clock.Advance(TimeSpan.FromHours(1));
        var plan = await _f.Engine.PlanMigrationAsync("p", 1, 2, Renamed);

        var check = Assert.Single(await _f.Engine.CheckMigrationAsync(plan, new MigrationSelection()));
        var migrated = await _f.Engine.MigrateInstanceAsync(id, plan, "designer@samverkan.test");

        Assert.True(check.Migratable);
        Assert.Contains(check.Problems, p => p is { Code: MigrationCodes.EventRemoved, ElementId: "dropped", Severity: MigrationSeverity.Warning });
        Assert.Contains(check.Problems, p => p is { Code: MigrationCodes.EventAdded, ElementId: "escalate", Severity: MigrationSeverity.Info });
        Assert.Equal(2, migrated.DefinitionVersion);
        var moved = Assert.Single(await _f.OpenTasksAsync(id));
        Assert.Equal((task.Id, "granska", "Granska ärendet", "anna", claimed.ClaimedAt, task.DueAt), (moved.Id, moved.ElementId, moved.Name, moved.Assignee, moved.ClaimedAt, moved.DueAt));
        var timers = await _f.Engine.GetPendingTimersAsync();
        Assert.Equal(remindDue, timers.Single(t => t.ElementId == "remind").DueAt);
        Assert.Equal(_f.Clock.GetUtcNow() + TimeSpan.FromDays(10), timers.Single(t => t.ElementId == "escalate").DueAt);
        Assert.DoesNotContain(timers, t => t.ElementId == "dropped");
        var entry = Assert.Single(await _f.Engine.GetHistoryAsync(id), h => h.Type == HistoryTypes.InstanceMigrated);
        Assert.Equal("version 1 → 2; mapped review→granska; cancelled dropped; armed escalate (by designer@samverkan.test)", entry.Detail);
    }

    [ProviderFact]
    public async Task Migrate_ThenTheInstanceRunsOnTheNewVersion()
    {
        var id = await StartAtReviewAsync();
        var plan = await _f.Engine.PlanMigrationAsync("p", 1, 2, Renamed);
        await _f.Engine.MigrateInstanceAsync(id, plan, "designer");

        await _f.AdvanceAsync(TimeSpan.FromDays(2));
        await _f.AdvanceAsync(TimeSpan.FromDays(8));
        await _f.Engine.CompleteTaskAsync((await _f.SingleTaskAsync(id, "granska")).Id);

        Assert.Equal(["approve", "escalateTask", "remindTask"], (await _f.OpenTasksAsync(id)).Select(t => t.ElementId).Order());
    }

    [ProviderFact]
    public async Task Check_TokenAtUnmappedElement_NotMigratableAndMigrateRefusesWithNothingChanged()
    {
        var id = await StartAtReviewAsync();
        var plan = await _f.Engine.PlanMigrationAsync("p", 1, 2);

        var check = Assert.Single(await _f.Engine.CheckMigrationAsync(plan, new MigrationSelection { BusinessKey = "arende-1" }));
        var refused = await Assert.ThrowsAsync<MigrationRefusedException>(() => _f.Engine.MigrateInstanceAsync(id, plan, "designer"));

        Assert.False(check.Migratable);
        Assert.Equal(["review"], check.WaitingAt);
        Assert.Contains(check.Problems, p => p is { Code: MigrationCodes.UnmappedElement, ElementId: "review", Severity: MigrationSeverity.Error });
        Assert.Equal(EngineErrorKind.Conflict, refused.Kind);
        Assert.Contains(refused.Problems, p => p.Code == MigrationCodes.UnmappedElement);
        Assert.Equal(1, (await _f.InstanceAsync(id)).DefinitionVersion);
        Assert.Equal("review", (await _f.OpenTasksAsync(id)).Single().ElementId);
        Assert.DoesNotContain(await _f.Engine.GetHistoryAsync(id), h => h.Type == HistoryTypes.InstanceMigrated);
    }

    [ProviderFact]
    public async Task Check_ElementMappedToAnotherKind_Refused()
    {
        var id = await StartAtReviewAsync();
        var plan = await _f.Engine.PlanMigrationAsync("p", 1, 2, new Dictionary<string, string> { ["review"] = "e4" });

        var check = Assert.Single(await _f.Engine.CheckMigrationAsync(plan, new MigrationSelection { InstanceIds = [id] }));

        Assert.Contains(check.Problems, p => p is { Code: MigrationCodes.ElementKindChanged, ElementId: "review" });
    }

    [ProviderFact]
    public async Task Check_MultiInstanceRunning_Refused()
    {
        const string Loop = """<bpmn:startEvent id="s"/><bpmn:userTask id="t"><bpmn:multiInstanceLoopCharacteristics isSequential="false"><bpmn:loopCardinality>2</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask><bpmn:endEvent id="e"/>""";
        await _f.DeployAsync("mi", Loop + Flow("f1", "s", "t") + Flow("f2", "t", "e"));
        var instance = await _f.Engine.StartAsync("mi");
        await _f.DeployAsync("mi", Loop + Flow("f1", "s", "t") + Flow("f2", "t", "e") + """<bpmn:userTask id="extra"/>""");

        var check = Assert.Single(await _f.Engine.CheckMigrationAsync(await _f.Engine.PlanMigrationAsync("mi", 1, 2), new MigrationSelection()));

        Assert.Equal(instance.Id, check.InstanceId);
        Assert.Equal([MigrationCodes.MultiInstanceInProgress], check.Problems.Where(p => p.IsError).Select(p => p.Code));
    }

    [ProviderFact]
    public async Task Check_CallActivityWaitingForItsChild_Refused()
    {
        await _f.DeployAsync("child", """<bpmn:startEvent id="s"/><bpmn:userTask id="t"/>""" + Flow("f1", "s", "t"));
        const string Parent = """<bpmn:startEvent id="s"/><bpmn:callActivity id="call" calledElement="child"/>""";
        await _f.DeployAsync("parent", Parent + Flow("f1", "s", "call"));
        var instance = await _f.Engine.StartAsync("parent");
        await _f.DeployAsync("parent", Parent + Flow("f1", "s", "call") + """<bpmn:endEvent id="e"/>""" + Flow("f2", "call", "e"));
        var child = (await _f.Engine.QueryInstancesAsync(new InstanceQuery { ParentInstanceId = instance.Id })).Items.Single();
        await _f.DeployAsync("child", """<bpmn:startEvent id="s"/><bpmn:userTask id="t"/><bpmn:endEvent id="e"/>""" + Flow("f1", "s", "t") + Flow("f2", "t", "e"));

        var parentCheck = Assert.Single(await _f.Engine.CheckMigrationAsync(await _f.Engine.PlanMigrationAsync("parent", 1, 2), new MigrationSelection()));
        var childCheck = Assert.Single(await _f.Engine.CheckMigrationAsync(await _f.Engine.PlanMigrationAsync("child", 1, 2), new MigrationSelection { InstanceIds = [child.Id] }));

        Assert.Contains(parentCheck.Problems, p => p is { Code: MigrationCodes.CallActivityInProgress, ElementId: "call" });
        Assert.Contains(childCheck.Problems, p => p.Code == MigrationCodes.CalledInstance);
    }

    [ProviderFact]
    public async Task Check_VariableWhoseFormTypeChanged_Refused()
    {
        static string Form(string type) => $$"""<bpmn:startEvent id="s"/><bpmn:userTask id="t"><bpmn:extensionElements><camunda:formData><camunda:formField id="antal" type="{{type}}"/></camunda:formData></bpmn:extensionElements></bpmn:userTask>""" + Flow("f1", "s", "t");
        await _f.DeployAsync("form", Form("string"));
        await _f.Engine.StartAsync("form", variables: V(("antal", "tre")));
        await _f.DeployAsync("form", Form("long"));

        var check = Assert.Single(await _f.Engine.CheckMigrationAsync(await _f.Engine.PlanMigrationAsync("form", 1, 2), new MigrationSelection()));

        var problem = Assert.Single(check.Problems);
        Assert.Equal(MigrationCodes.VariableTypeChanged, problem.Code);
        Assert.Contains("'antal'", problem.Message);
    }

    [ProviderFact]
    public async Task Selection_ByWaitingElementAndStartedBefore_TakesOnlyThose()
    {
        var first = await StartAtReviewAsync();
        _f.Clock.Advance(TimeSpan.FromDays(1));
        var second = (await _f.Engine.StartAsync("p", null, version: 1)).Id;
        await _f.Engine.CompleteTaskAsync((await _f.SingleTaskAsync(second, "review")).Id);
        var plan = await _f.Engine.PlanMigrationAsync("p", 1, 2, Renamed);

        var atApprove = await _f.Engine.SelectForMigrationAsync(plan, new MigrationSelection { WaitingAt = "approve" });
        var early = await _f.Engine.SelectForMigrationAsync(plan, new MigrationSelection { StartedBefore = _f.Clock.GetUtcNow() - TimeSpan.FromHours(1) });

        Assert.Equal([second], atApprove);
        Assert.Equal([first], early);
    }

    [ProviderFact]
    public async Task Migrate_WaitingMessageCatchRenamedMessage_TheNewMessageReachesIt()
    {
        static string Catch(string id, string message) => $$"""<bpmn:startEvent id="s"/><bpmn:intermediateCatchEvent id="{{id}}"><bpmn:messageEventDefinition messageRef="m"/></bpmn:intermediateCatchEvent><bpmn:userTask id="after"/>""" + Flow("f1", "s", id) + Flow("f2", id, "after");
        await _f.DeployAsync("msg", Catch("wait", "svar"), """<bpmn:message id="m" name="svar"/>""");
        var instance = await _f.Engine.StartAsync("msg", "b-1");
        await _f.DeployAsync("msg", Catch("waitAnswer", "svar2"), """<bpmn:message id="m" name="svar2"/>""");

        await _f.Engine.MigrateInstanceAsync(instance.Id, await _f.Engine.PlanMigrationAsync("msg", 1, 2, new Dictionary<string, string> { ["wait"] = "waitAnswer" }), "designer");
        var old = await Assert.ThrowsAsync<EngineException>(() => _f.Engine.CorrelateMessageAsync("svar", "b-1"));
        await _f.Engine.CorrelateMessageAsync("svar2", "b-1");

        Assert.Equal(EngineErrorKind.NotFound, old.Kind);
        Assert.Equal("after", (await _f.OpenTasksAsync(instance.Id)).Single().ElementId);
    }

    public sealed class InMemory() : MigrationScenarioTests(null);

    public sealed class Sqlite() : MigrationScenarioTests(StorageProvider.Sqlite);

    [NeedsPostgreSql]
    public sealed class PostgreSql() : MigrationScenarioTests(StorageProvider.PostgreSql);
}
