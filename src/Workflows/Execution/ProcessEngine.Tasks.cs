using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Telemetry;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

public sealed partial class ProcessEngine
{
    public async Task<UserTaskView?> GetTaskAsync(Guid taskId, CancellationToken ct = default) =>
        (await _core.Store.GetTaskAsync(taskId, ct))?.ToView();

    public async Task<PagedResult<UserTaskView>> QueryTasksAsync(TaskQuery query, CancellationToken ct = default) =>
        (await _core.Store.QueryTasksAsync(query, ct)).Map(RecordViews.ToView);

    /// <summary>The form fields a task asks for, from its definition version.</summary>
    public async Task<IReadOnlyList<FormField>> GetTaskFormAsync(UserTaskView task, CancellationToken ct = default)
    {
        var instance = await _core.Store.GetInstanceAsync(task.InstanceId, ct);
        if (instance is null)
        {
            return [];
        }
        var process = await _core.Definitions.GetAsync(instance.DefinitionId, ct);
        return process.Model.TryGetNode(task.ElementId, out var node) && node is UserTask userTask ? userTask.FormFields : [];
    }

    public Task<UserTaskView> ClaimTaskAsync(Guid taskId, string user, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(user))
        {
            throw EngineException.Invalid("Claiming a task needs a user.");
        }
        return ChangeTaskAsync(taskId, HistoryTypes.TaskClaimed, task =>
        {
            if (task.Assignee is { } current && current != user)
            {
                throw EngineException.Conflict($"Task {taskId} is already claimed by '{current}'.");
            }
            task.Assignee = user;
            task.ClaimedAt = _core.Clock.GetUtcNow();
            return user;
        }, ct, notify: ListenerEvent.Assignment);
    }

    public Task<UserTaskView> UnclaimTaskAsync(Guid taskId, CancellationToken ct = default) =>
        ChangeTaskAsync(taskId, HistoryTypes.TaskUnclaimed, task =>
        {
            var previous = task.Assignee;
            task.Assignee = null;
            task.ClaimedAt = null;
            return previous;
        }, ct);

    private async Task<UserTaskView> ChangeTaskAsync(Guid taskId, string historyType, Func<UserTaskRecord, string?> change, CancellationToken ct,
        ListenerEvent? notify = null)
    {
        return await TriggerAsync(async executor =>
        {
            var (task, instance, element) = await LoadOpenTaskAsync(executor, taskId, ct);
            var previous = task.Assignee;
            var detail = change(task);
            if (notify is { } at && task.Assignee != previous)
            {
                await executor.NotifyAsync(instance, element, instance.Process.Model.Node(task.ElementId).Listeners, at, task.ElementId, task.Id, ct);
            }
            executor.Changes.ChangedTasks.Add(task);
            executor.Changes.History.Add(new HistoryRecord { InstanceId = instance.Id, At = executor.Now, Type = historyType, ElementId = task.ElementId, ElementInstanceId = task.ElementInstanceId, Detail = detail });
            return task.ToView();
        }, ct);
    }

    /// <summary>Completes a task with form values (validated against its fields) and moves the instance on.</summary>
    public async Task CompleteTaskAsync(Guid taskId, IReadOnlyDictionary<string, object?>? variables = null, string? user = null, CancellationToken ct = default)
    {
        var prepared = VariableValues.Prepare(variables);
        await EngineActivities.TraceAsync(EngineActivities.CompleteTask, EngineActivities.TaskIdTag, taskId.ToString(), () => TriggerAsync(async executor =>
        {
            var (task, instance, element) = await LoadOpenTaskAsync(executor, taskId, ct);
            EngineActivities.Tag(WorkflowsTelemetry.ProcessKeyTag, instance.Process.Key);
            var node = (UserTask)instance.Process.Model.Node(task.ElementId);
            if (FormValidation.Validate(node.FormFields, prepared) is { Count: > 0 } errors)
            {
                throw new FormValidationException(errors);
            }
            await CheckInputAsync(instance.Record, prepared, ct);
            foreach (var field in node.FormFields.Where(f => f.DefaultValue is not null && !prepared.ContainsKey(f.Id)))
            {
                prepared[field.Id] = field.DefaultValue;
            }
            await CheckCompletionAsync(executor, instance, element, task, node, prepared, ct);
            task.Status = UserTaskStatus.Completed;
            task.EndedAt = executor.Now;
            task.CompletedBy = user ?? task.Assignee;
            executor.Changes.ChangedTasks.Add(task);
            executor.Changes.History.Add(new HistoryRecord { InstanceId = instance.Id, At = executor.Now, Type = HistoryTypes.TaskCompleted, ElementId = task.ElementId, ElementInstanceId = element.Id, Detail = task.CompletedBy });
            element.TaskId = null;
            executor.SetResults(instance, element, prepared);
            // A failing complete listener refuses the completion: the task stays open.
            await executor.NotifyAsync(instance, element, node.Listeners, ListenerEvent.Complete, task.ElementId, task.Id, ct);
            executor.Enqueue(OpKind.Leave, instance, element);
            return true;
        }, ct));
    }

    private async Task<(UserTaskRecord Task, LoadedInstance Instance, ElementInstance Element)> LoadOpenTaskAsync(Executor executor, Guid taskId, CancellationToken ct)
    {
        var read = await _core.Store.GetTaskWithInstanceAsync(taskId, ct) ?? throw EngineException.NotFound($"No task {taskId}.");
        var (instance, task) = await LoadOwnerAsync(executor, read, read.Row.InstanceId, () => _core.Store.GetTaskAsync(taskId, ct), ct);
        if (task is null)
        {
            throw EngineException.NotFound($"No task {taskId}.");
        }
        if (task.Status != UserTaskStatus.Open)
        {
            throw EngineException.Conflict($"Task {taskId} is {task.Status.ToString().ToLowerInvariant()}, not open.");
        }
        EnsureNotSuspended(instance, "its tasks cannot be claimed or completed");
        var element = instance.State.Find(task.ElementInstanceId)
            ?? throw EngineException.Conflict($"Task {taskId} no longer belongs to a running step of its instance.");
        return (task, instance, element);
    }
}
