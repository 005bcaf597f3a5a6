using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution.Behaviors;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

/// <summary>
/// One trigger's unit of work: runs the instances it touches to their next wait states on an agenda
/// of small steps, collects every change in a <see cref="ChangeSet"/>, and commits it in one transaction.
/// What a step does at a node is the node's <see cref="ElementBehavior"/>; the executor keeps the scopes.
/// </summary>
internal sealed partial class Executor
{
    private readonly EngineCore _core;
    private readonly Queue<Op> _agenda = new();
    private readonly Dictionary<Guid, LoadedInstance> _instances = [];
    private readonly List<(Guid Id, DateTimeOffset Due)> _timersToSchedule = [];
    private readonly List<(Guid Id, DateTimeOffset? NotBefore)> _jobsToEnqueue = [];
    private readonly List<Guid> _childrenToCancel = [];
    private int _steps;

    public Executor(EngineCore core)
    {
        _core = core;
        Now = core.Clock.GetUtcNow();
    }

    public DateTimeOffset Now { get; }
    public ChangeSet Changes { get; } = new();

    /// <summary>The engine's services, for behaviours that call out (handlers, rules, called definitions).</summary>
    public EngineCore Core => _core;

    /// <summary>Values such as the rule parameters in force now, readable by every expression of this trigger.</summary>
    public IReadOnlyDictionary<string, object?>? Globals { get; private set; }

    public async Task LoadGlobalsAsync(CancellationToken ct)
    {
        if (_core.Globals is null)
        {
            return;
        }
        var values = await _core.Globals.GetAsync(Now, ct);
        Globals = values.ToDictionary(v => v.Key, v => VariableValues.Normalize(v.Value), StringComparer.Ordinal);
    }

    /// <summary>Signals thrown during the trigger; broadcast after the commit, each recipient in its own trigger.</summary>
    public List<(string Name, Dictionary<string, object?>? Variables)> Signals { get; } = [];

    public IEnumerable<LoadedInstance> Instances => _instances.Values;

    public async Task<LoadedInstance> LoadAsync(Guid instanceId, CancellationToken ct)
    {
        if (_instances.TryGetValue(instanceId, out var loaded))
        {
            return loaded;
        }
        var record = await _core.Store.GetInstanceAsync(instanceId, ct)
            ?? throw EngineException.NotFound($"No process instance {instanceId}.");
        return await AdoptAsync(record, ct);
    }

    /// <summary>
    /// Loads an instance from the record the caller has just read with a row it owns (<see cref="OwnedRow{T}"/>);
    /// null when this unit of work holds the instance already, so that the caller reads its row again after it.
    /// </summary>
    public async Task<LoadedInstance?> LoadReadAsync(InstanceRecord record, CancellationToken ct) =>
        _instances.ContainsKey(record.Id) ? null : await AdoptAsync(record, ct);

    private async Task<LoadedInstance> AdoptAsync(InstanceRecord record, CancellationToken ct)
    {
        var instanceId = record.Id;
        var process = await _core.Definitions.GetAsync(record.DefinitionId, ct);
        var state = InstanceState.Deserialize(record.State);
        var loaded = new LoadedInstance(record, record.Revision, state, process);
        _instances[instanceId] = loaded;
        return loaded;
    }

    /// <summary>Drops instances that were only read (e.g. to compare variables), so the commit does not write them.</summary>
    public void Forget(IReadOnlySet<Guid> keep)
    {
        foreach (var id in _instances.Keys.Where(id => !keep.Contains(id)).ToArray())
        {
            _instances.Remove(id);
        }
    }

    /// <summary>Binds a loaded instance to another version of its process (a migration); the returned one replaces it in this unit of work.</summary>
    public LoadedInstance Rebind(LoadedInstance instance, ExecutableProcess process)
    {
        instance.Record.DefinitionId = process.DefinitionId;
        instance.Record.DefinitionVersion = process.Version;
        var moved = new LoadedInstance(instance.Record, instance.ExpectedRevision, instance.State, process);
        _instances[instance.Id] = moved;
        return moved;
    }

    /// <summary>Creates a new instance (not yet started) in this unit of work.</summary>
    public LoadedInstance Create(ExecutableProcess process, string? businessKey, Dictionary<string, object?> variables, LoadedInstance? parent = null, long? parentElementInstanceId = null)
    {
        var record = new InstanceRecord
        {
            Id = Guid.CreateVersion7(Now),
            DefinitionId = process.DefinitionId,
            DefinitionKey = process.Key,
            DefinitionVersion = process.Version,
            BusinessKey = businessKey,
            Status = InstanceStatus.Active,
            StartedAt = Now,
            ParentInstanceId = parent?.Id,
            ParentElementInstanceId = parentElementInstanceId,
        };
        var state = new InstanceState();
        var root = state.Add(process.Model.Id, null, ElementState.Active, isScope: true);
        root.Variables = variables;
        var loaded = new LoadedInstance(record, null, state, process);
        _instances[record.Id] = loaded;
        return loaded;
    }

    public void Enqueue(OpKind kind, LoadedInstance instance, ElementInstance element) =>
        _agenda.Enqueue(new Op(kind, instance, element.Id));

    /// <summary>Works the agenda until every token rests in a wait state.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        while (true)
        {
            while (_agenda.TryDequeue(out var op))
            {
                if (++_steps > _core.Options.MaxStepsPerTrigger)
                {
                    throw EngineException.Conflict(
                        $"The trigger took more than {_core.Options.MaxStepsPerTrigger} steps without reaching a wait state; " +
                        $"the process '{op.Instance.Process.Key}' seems to loop through element '{op.Instance.State.Find(op.ElementInstanceId)?.ElementId}'.");
                }
                if (op.Instance.IsEnded || op.Instance.State.Find(op.ElementInstanceId) is not { } element)
                {
                    continue;
                }
                await StepAsync(op, element, ct);
            }
            if (_childrenToCancel.Count == 0)
            {
                if (FireConditions())
                {
                    continue;
                }
                return;
            }
            var children = _childrenToCancel.ToArray();
            _childrenToCancel.Clear();
            foreach (var childId in children)
            {
                var child = await LoadAsync(childId, ct);
                if (!child.IsEnded)
                {
                    EndInstance(child, InstanceStatus.Cancelled, "The calling process ended the call activity.");
                }
            }
        }
    }

    private async Task StepAsync(Op op, ElementInstance element, CancellationToken ct)
    {
        var instance = op.Instance;
        switch (op.Kind)
        {
            case OpKind.Execute:
                await ExecuteAsync(instance, element, ct);
                break;
            case OpKind.Leave:
                Leave(instance, element);
                break;
            case OpKind.Join:
            case OpKind.CheckMultiInstance:
                instance.Process.BehaviorOf(element).Continue(new BehaviorContext(this, instance, element));
                break;
            case OpKind.NotifyLeave:
                await NotifyLeaveAsync(instance, element, ct);
                break;
            case OpKind.CheckScope:
                await CheckScopeAsync(instance, element, ct);
                break;
        }
    }

    /// <summary>Serialises the touched instances and writes everything; throws on a concurrency conflict.</summary>
    public async Task CommitAsync(CancellationToken ct)
    {
        foreach (var instance in _instances.Values)
        {
            instance.Record.State = instance.State.Serialize();
            Changes.Instances.Add((instance.Record, instance.ExpectedRevision));
        }
        await _core.Store.CommitAsync(Changes, ct);
    }

    /// <summary>After a successful commit: hand timers and jobs to their schedulers and tell the listeners.</summary>
    public void AfterCommit()
    {
        foreach (var (id, due) in _timersToSchedule)
        {
            _core.TimerScheduler?.Schedule(id, due);
        }
        foreach (var (id, notBefore) in _jobsToEnqueue)
        {
            _core.JobScheduler?.Enqueue(id, notBefore);
        }
        if (_core.Listeners.Count > 0
            && (Changes.NewTasks.Count + Changes.ChangedTasks.Count + Changes.CancelledTasks.Count > 0 || Changes.NewIncidents.Count > 0))
        {
            var created = Changes.NewTasks.Map(RecordViews.ToView);
            var changed = Changes.ChangedTasks.Map(RecordViews.ToView);
            var incidents = Changes.NewIncidents.Map(RecordViews.ToView);
            var completed = changed
                .Where(t => t.Status == UserTaskStatus.Completed && _instances.ContainsKey(t.InstanceId))
                .Select(t => new CompletedTask(t, new Dictionary<string, object?>(_instances[t.InstanceId].State.ProcessVariables, StringComparer.Ordinal)))
                .ToList();
            foreach (var listener in _core.Listeners)
            {
                listener.TasksChanged(created, changed);
                if (completed.Count > 0)
                {
                    listener.TasksCompleted(completed);
                }
                if (incidents.Count > 0)
                {
                    listener.IncidentsCreated(incidents);
                }
            }
        }
    }

    /// <summary>Re-enqueues a handler job after the commit (a retry or a new attempt).</summary>
    public void EnqueueJob(Guid jobId, DateTimeOffset? notBefore) => _jobsToEnqueue.Add((jobId, notBefore));

    public void ScheduleTimer(Guid timerId, DateTimeOffset due) => _timersToSchedule.Add((timerId, due));

    public void History(LoadedInstance instance, string type, string? elementId = null, long? elementInstanceId = null, string? detail = null)
    {
        Changes.History.Add(new HistoryRecord
        {
            InstanceId = instance.Id,
            At = Now,
            Type = type,
            ElementId = elementId,
            ElementInstanceId = elementInstanceId,
            Detail = detail,
        });
    }

    public VariableView Variables(LoadedInstance instance, ElementInstance from, IReadOnlyDictionary<string, object?>? extra = null) =>
        new(instance.State, from, Now, extra, Globals);

    public static ElementInstance? ParentOf(LoadedInstance instance, ElementInstance element) =>
        element.ParentId is long id ? instance.State.Find(id) : null;
}
