using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Execution.Behaviors.AttributeValues;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>A user task: creates the task row and waits until the engine completes the task.</summary>
internal sealed class UserTaskBehavior(UserTask task, ProcessModel model) : ElementBehavior(task, model)
{
    /// <summary>Default priority of a user task without camunda:priority, as in Camunda 7.</summary>
    private const int DefaultPriority = 50;

    private readonly UserTask _task = task;

    public override async ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        var record = CreateTask(ctx);
        if (_task.Listeners.Count > 0)
        {
            try
            {
                // As in Camunda 7: create first, then assignment when the task starts out assigned.
                await ctx.Executor.NotifyAsync(ctx.Instance, ctx.Element, _task.Listeners, ListenerEvent.Create, _task.Id, record.Id, ct);
                if (record.Assignee is not null)
                {
                    await ctx.Executor.NotifyAsync(ctx.Instance, ctx.Element, _task.Listeners, ListenerEvent.Assignment, _task.Id, record.Id, ct);
                }
            }
            catch (ListenerException)
            {
                // The step fails before its task exists: a retry creates it afresh.
                ctx.Executor.Changes.NewTasks.Remove(record);
                ctx.Executor.Changes.History.RemoveAll(h => h.Type == HistoryTypes.TaskCreated && h.Detail == record.Id.ToString());
                ctx.Element.TaskId = null;
                throw;
            }
        }
        ctx.SubscribeBoundaries();
    }

    private UserTaskRecord CreateTask(BehaviorContext ctx)
    {
        var (executor, instance, element) = ctx;
        var process = instance.Process;
        var now = executor.Now;
        var vars = ctx.Variables();
        var assignee = Text(process, _task.Assignee, vars);
        var groups = List(process, _task.CandidateGroups, vars);
        var users = List(process, _task.CandidateUsers, vars);
        var due = Date(process, _task.DueDate, vars, now);
        var followUp = Date(process, _task.FollowUpDate, vars, now);
        var priority = _task.Priority is null ? DefaultPriority : ValueConversions.ToInt(Value(process, _task.Priority, vars));

        var record = new UserTaskRecord
        {
            Id = Guid.CreateVersion7(now),
            InstanceId = instance.Id,
            ElementInstanceId = element.Id,
            ElementId = _task.Id,
            Name = _task.Name,
            DefinitionKey = process.Key,
            BusinessKey = instance.Record.BusinessKey,
            Status = UserTaskStatus.Open,
            Assignee = string.IsNullOrWhiteSpace(assignee) ? null : assignee,
            CandidateGroups = UserTaskRecord.Join(groups),
            CandidateUsers = UserTaskRecord.Join(users),
            DueAt = due,
            FollowUpAt = followUp,
            Priority = priority,
            FormKey = _task.FormKey,
            CreatedAt = now,
        };
        executor.Changes.NewTasks.Add(record);
        element.TaskId = record.Id;
        ctx.Wait();
        ctx.History(HistoryTypes.TaskCreated, record.Id.ToString());
        return record;
    }
}
