using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.VersionMigration;
using Samverkan.Workflows.Model;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Execution;

/// <summary>
/// Migration of running instances from one version of a process to another: a plan maps the elements, a check says per
/// instance whether it can move and why not, and each instance moves in its own trigger with the usual optimistic
/// concurrency (a task completed at the same moment either lands first, and the migration checks the new state, or
/// retries on the migrated one).
/// </summary>
public sealed partial class ProcessEngine
{
    private const int SelectionPageSize = 500;

    /// <summary>Maps version <paramref name="sourceVersion"/> of <paramref name="key"/> onto <paramref name="targetVersion"/>: equal ids, then the explicit mappings.</summary>
    public async Task<MigrationPlan> PlanMigrationAsync(string key, int sourceVersion, int targetVersion, IReadOnlyDictionary<string, string>? explicitMappings = null, CancellationToken ct = default)
    {
        if (sourceVersion == targetVersion)
        {
            throw EngineException.Invalid($"The source and target version are both {sourceVersion}; choose two different versions of '{key}'.");
        }
        var source = await _core.Definitions.FindAsync(key, sourceVersion, ct) ?? throw EngineException.NotFound($"Process '{key}' has no version {sourceVersion}.");
        var target = await _core.Definitions.FindAsync(key, targetVersion, ct) ?? throw EngineException.NotFound($"Process '{key}' has no version {targetVersion}.");
        return InstanceMigration.BuildPlan(source, target, explicitMappings);
    }

    /// <summary>The running instances of the plan's source version that the selection takes, oldest first.</summary>
    public async Task<IReadOnlyList<Guid>> SelectForMigrationAsync(MigrationPlan plan, MigrationSelection selection, CancellationToken ct = default)
    {
        var selected = new List<Guid>();
        await foreach (var record in SelectRecordsAsync(plan, selection, ct))
        {
            selected.Add(record.Id);
        }
        return selected;
    }

    /// <summary>Checks every selected instance against the plan without moving any.</summary>
    public async Task<IReadOnlyList<InstanceMigrationCheck>> CheckMigrationAsync(MigrationPlan plan, MigrationSelection selection, CancellationToken ct = default)
    {
        var migration = await BindAsync(plan, ct);
        var checks = new List<InstanceMigrationCheck>();
        await foreach (var record in SelectRecordsAsync(plan, selection, ct))
        {
            var state = InstanceState.Deserialize(record.State);
            var loaded = new LoadedInstance(record, record.Revision, state, migration.Source);
            checks.Add(new InstanceMigrationCheck(record.Id, record.BusinessKey, InstanceMigration.WaitingAt(state), migration.Check(loaded)));
        }
        return checks;
    }

    /// <summary>
    /// Moves one instance to the plan's target version, or throws <see cref="MigrationRefusedException"/> with every reason.
    /// The history gets an entry with both versions, the mapping used and <paramref name="user"/>.
    /// </summary>
    public async Task<InstanceView> MigrateInstanceAsync(Guid instanceId, MigrationPlan plan, string user, CancellationToken ct = default)
    {
        var migration = await BindAsync(plan, ct);
        await TriggerAsync(async executor =>
        {
            var instance = await executor.LoadAsync(instanceId, ct);
            var problems = migration.Check(instance);
            if (problems.Any(p => p.IsError))
            {
                throw new MigrationRefusedException(EngineErrorKind.Conflict,
                    $"Instance {instanceId} cannot move to version {plan.TargetVersion}: {string.Join(" ", problems.Where(p => p.IsError).Select(p => p.Message))}", problems);
            }
            await MoveAsync(executor, instance, migration, user, ct);
        }, ct);
        return (await GetInstanceAsync(instanceId, ct))!;
    }

    /// <summary>The plan rebuilt against the stored versions, so a caller's copy cannot smuggle in a mapping the checks never saw.</summary>
    private async Task<InstanceMigration> BindAsync(MigrationPlan plan, CancellationToken ct)
    {
        var source = await _core.Definitions.GetAsync(plan.SourceDefinitionId, ct);
        var target = await _core.Definitions.GetAsync(plan.TargetDefinitionId, ct);
        var bound = InstanceMigration.BuildPlan(source, target, plan.ExplicitMappings);
        if (!bound.IsValid)
        {
            throw new MigrationRefusedException(EngineErrorKind.Invalid,
                $"The migration plan of '{plan.Key}' from version {plan.SourceVersion} to {plan.TargetVersion} is not valid: {string.Join(" ", bound.Problems.Select(p => p.Message))}",
                bound.Problems);
        }
        return new InstanceMigration(bound, source, target);
    }

    private async IAsyncEnumerable<InstanceRecord> SelectRecordsAsync(MigrationPlan plan, MigrationSelection selection, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        if (selection.InstanceIds is { } ids)
        {
            foreach (var id in ids.Distinct())
            {
                var record = await _core.Store.GetInstanceAsync(id, ct) ?? throw EngineException.NotFound($"No process instance {id}.");
                if (record.DefinitionKey != plan.Key)
                {
                    throw EngineException.Invalid($"Instance {id} runs '{record.DefinitionKey}', not '{plan.Key}'.");
                }
                if (Selected(record, selection))
                {
                    yield return record;
                }
            }
            yield break;
        }
        var query = new InstanceQuery
        {
            DefinitionId = plan.SourceDefinitionId,
            Status = InstanceStatus.Active,
            BusinessKey = selection.BusinessKey,
            StartedBefore = selection.StartedBefore,
            PageSize = SelectionPageSize,
        };
        // Every page first, then oldest first: the store pages newest first, and a batch should move the oldest cases first.
        var page = await _core.Store.QueryInstancesAsync(query, ct);
        var records = new List<InstanceRecord>(page.Items);
        for (var number = 2; (number - 1) * SelectionPageSize < page.Total; number++)
        {
            records.AddRange((await _core.Store.QueryInstancesAsync(query with { Page = number }, ct)).Items);
        }
        foreach (var record in records.DistinctBy(r => r.Id).OrderBy(r => r.StartedAt).ThenBy(r => r.Id))
        {
            if (Selected(record, selection))
            {
                yield return record;
            }
        }
    }

    private static bool Selected(InstanceRecord record, MigrationSelection selection) =>
        (selection.BusinessKey is null || record.BusinessKey == selection.BusinessKey)
        && (selection.StartedBefore is null || record.StartedAt < selection.StartedBefore)
        && (selection.WaitingAt is null || InstanceMigration.WaitingAt(InstanceState.Deserialize(record.State)).Contains(selection.WaitingAt));

    /// <summary>Rebinds the instance to the target version and carries every live element, and the rows it owns, across.</summary>
    private async Task MoveAsync(Executor executor, LoadedInstance instance, InstanceMigration migration, string user, CancellationToken ct)
    {
        var fromVersion = instance.Record.DefinitionVersion;
        var moved = executor.Rebind(instance, migration.Target);
        var renamed = new SortedSet<string>(StringComparer.Ordinal);
        var cancelled = new List<string>();
        foreach (var element in moved.State.Elements.ToArray())
        {
            var sourceId = element.ElementId;
            var targetId = migration.Map(sourceId);
            if (sourceId != targetId && element.ParentId is not null)
            {
                renamed.Add($"{sourceId}→{targetId}");
            }
            element.Waits = await MoveWaitsAsync(executor, moved, migration, element, targetId, cancelled, ct);
            element.ElementId = targetId;
            element.Compensable = MapCompensation(migration, element.Compensable);
            element.CompensationQueue = MapCompensation(migration, element.CompensationQueue);
            await MoveRowsAsync(executor, element, migration.Target.Model.TryGetNode(targetId, out var node) ? node : null, ct);
        }
        var armed = new List<string>();
        var timersBefore = executor.Changes.NewTimers.Count;
        foreach (var element in moved.State.Elements.ToArray())
        {
            var waiting = element.Waits?.Select(w => w.ElementId).ToHashSet(StringComparer.Ordinal) ?? [];
            foreach (var added in migration.AttachedEvents(element, element.ElementId).Where(e => !waiting.Contains(e.Id)))
            {
                try
                {
                    executor.Subscribe(moved, element, added, added is BoundaryEvent b ? b.Trigger : ((StartEvent)added).Trigger);
                }
                catch (ExpressionException e)
                {
                    throw EngineException.Conflict($"Instance {instance.Id} cannot move: the new event '{added.Id}' of version {migration.Target.Version} cannot be armed: {e.Message}");
                }
                armed.Add(added.Id);
            }
        }
        if (moved.State.Suspended)
        {
            // A suspended instance's new timers wait like its others.
            foreach (var timer in executor.Changes.NewTimers.Skip(timersBefore))
            {
                timer.Status = TimerStatus.Suspended;
            }
        }
        var detail = $"version {fromVersion} → {migration.Target.Version}"
            + (renamed.Count > 0 ? $"; mapped {string.Join(", ", renamed)}" : "")
            + (cancelled.Count > 0 ? $"; cancelled {string.Join(", ", cancelled)}" : "")
            + (armed.Count > 0 ? $"; armed {string.Join(", ", armed)}" : "");
        executor.History(moved, HistoryTypes.InstanceMigrated, migration.Target.Model.Id, moved.State.Root.Id, Detail(detail, user));
    }

    /// <summary>The element's waits in the target: kept ones point at their target event (timers keep their due time), the rest are cancelled.</summary>
    private async Task<List<WaitRef>?> MoveWaitsAsync(Executor executor, LoadedInstance moved, InstanceMigration migration, ElementInstance element, string targetId,
        List<string> cancelled, CancellationToken ct)
    {
        if (element.Waits is not { Count: > 0 } waits)
        {
            return element.Waits;
        }
        var kept = new List<WaitRef>();
        foreach (var wait in waits)
        {
            var to = wait.ElementId == element.ElementId
                ? migration.Target.Model.Node(targetId)
                : migration.KeepsWait(element, targetId, wait);
            if (to is null)
            {
                executor.DropWaits([wait]);
                cancelled.Add(wait.ElementId);
                continue;
            }
            if (wait.IsTimer)
            {
                if (await _core.Store.GetTimerAsync(wait.Id, ct) is { } timer)
                {
                    timer.ElementId = to.Id;
                    timer.DefinitionId = migration.Target.DefinitionId;
                    executor.Changes.ChangedTimers.Add(timer);
                }
                kept.Add(wait with { ElementId = to.Id });
            }
            else if (wait.IsCondition)
            {
                kept.Add(wait with { ElementId = to.Id });
            }
            else
            {
                // A subscription row has no update of its own: the old one goes, one for the target event (its message may be renamed) comes.
                executor.DropWaits([wait]);
                var subscription = executor.NewSubscription(moved, element, to, EventTriggerOf(to, wait));
                kept.Add(new WaitRef(subscription.Id, false, to.Id));
            }
        }
        return kept.Count > 0 ? kept : null;
    }

    /// <summary>The message or signal a target event (or receive task) waits for.</summary>
    private static EventTrigger EventTriggerOf(FlowNode node, WaitRef wait) => node switch
    {
        BoundaryEvent b => b.Trigger,
        StartEvent s => s.Trigger,
        IntermediateCatchEvent c => c.Trigger,
        ReceiveTask r => new MessageTrigger(r.MessageName, r.CorrelationKey),
        _ => throw new InvalidOperationException($"Element '{node.Id}' cannot wait for subscription {wait.Id}."),
    };

    /// <summary>The task, job and incident of an element instance follow it to the target element; a task keeps id, assignee, claim and due date.</summary>
    private async Task MoveRowsAsync(Executor executor, ElementInstance element, FlowNode? node, CancellationToken ct)
    {
        if (element.TaskId is Guid taskId && await _core.Store.GetTaskAsync(taskId, ct) is { } task)
        {
            task.ElementId = element.ElementId;
            if (node is UserTask userTask)
            {
                task.Name = userTask.Name;
                task.FormKey = userTask.FormKey;
            }
            executor.Changes.ChangedTasks.Add(task);
        }
        if (element.JobId is Guid jobId && await _core.Store.GetJobAsync(jobId, ct) is { } job)
        {
            job.ElementId = element.ElementId;
            executor.Changes.ChangedJobs.Add(job);
        }
        if (element.IncidentId is Guid incidentId && await _core.Store.GetIncidentAsync(incidentId, ct) is { } incident)
        {
            incident.ElementId = element.ElementId;
            executor.Changes.ChangedIncidents.Add(incident);
        }
    }

    private static List<CompensationEntry>? MapCompensation(InstanceMigration migration, List<CompensationEntry>? entries)
    {
        if (entries is null)
        {
            return null;
        }
        var mapped = new List<CompensationEntry>();
        foreach (var entry in entries)
        {
            if (migration.TryMap(entry.ElementId, out var node))
            {
                entry.ElementId = node.Id;
                entry.Inner = MapCompensation(migration, entry.Inner);
                mapped.Add(entry);
            }
        }
        return mapped.Count > 0 ? mapped : null;
    }
}
