using System.Globalization;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    /// <summary>Default priority of a user task without camunda:priority, as in Camunda 7.</summary>
    private const int DefaultPriority = 50;

    private void CreateUserTask(LoadedInstance instance, ElementInstance element, UserTask node)
    {
        var vars = Variables(instance, element);
        var assignee = Text(instance, node.Assignee, vars);
        var groups = List(instance, node.CandidateGroups, vars);
        var users = List(instance, node.CandidateUsers, vars);
        var due = Date(instance, node.DueDate, vars);
        var followUp = Date(instance, node.FollowUpDate, vars);
        var priority = node.Priority is null ? DefaultPriority : ValueConversions.ToInt(Value(instance, node.Priority, vars));

        var task = new UserTaskRecord
        {
            Id = Guid.CreateVersion7(Now),
            InstanceId = instance.Id,
            ElementInstanceId = element.Id,
            ElementId = node.Id,
            Name = node.Name,
            DefinitionKey = instance.Process.Key,
            BusinessKey = instance.Record.BusinessKey,
            Status = UserTaskStatus.Open,
            Assignee = string.IsNullOrWhiteSpace(assignee) ? null : assignee,
            CandidateGroups = UserTaskRecord.Join(groups),
            CandidateUsers = UserTaskRecord.Join(users),
            DueAt = due,
            FollowUpAt = followUp,
            Priority = priority,
            FormKey = node.FormKey,
            CreatedAt = Now,
        };
        Changes.NewTasks.Add(task);
        element.TaskId = task.Id;
        element.State = ElementState.Waiting;
        History(instance, HistoryTypes.TaskCreated, node.Id, element.Id, task.Id.ToString());
    }

    private void CreateJob(LoadedInstance instance, ElementInstance element, ServiceTask node)
    {
        if (node.Implementation == ServiceImplementation.Handler && !_core.Handlers.ContainsKey(node.Target))
        {
            RaiseIncident(instance, element, IncidentTypes.Configuration, $"No service task handler named '{node.Target}' is registered.", OpKind.Execute);
            return;
        }
        var job = new JobRecord
        {
            Id = Guid.CreateVersion7(Now),
            InstanceId = instance.Id,
            ElementInstanceId = element.Id,
            ElementId = node.Id,
            Kind = node.Implementation == ServiceImplementation.External ? JobKind.External : JobKind.Handler,
            Target = node.Target,
            Status = JobStatus.Pending,
            Retries = _core.Options.JobRetries,
            CreatedAt = Now,
        };
        Changes.NewJobs.Add(job);
        element.JobId = job.Id;
        element.State = ElementState.Waiting;
        if (job.Kind == JobKind.Handler)
        {
            _jobsToEnqueue.Add((job.Id, null));
        }
    }

    /// <summary>Re-enqueues a handler job after the commit (a retry or a new attempt).</summary>
    public void EnqueueJob(Guid jobId, DateTimeOffset? notBefore) => _jobsToEnqueue.Add((jobId, notBefore));

    public void ScheduleTimer(Guid timerId, DateTimeOffset due) => _timersToSchedule.Add((timerId, due));

    /// <summary>A literal attribute, or the value of its ${expression}.</summary>
    private static object? Value(LoadedInstance instance, string? text, VariableView vars) =>
        text is null ? null
        : ExpressionText.IsExpression(text) ? instance.Process.Expression(text).Evaluate(vars)
        : text;

    private static string? Text(LoadedInstance instance, string? text, VariableView vars) =>
        Value(instance, text, vars) is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;

    private static IReadOnlyList<string> List(LoadedInstance instance, string? text, VariableView vars) =>
        ValueConversions.ToStringList(Value(instance, text, vars));

    private DateTimeOffset? Date(LoadedInstance instance, string? text, VariableView vars) =>
        Value(instance, text, vars) is { } v ? ValueConversions.ToDateTimeOffset(v, Now) : null;
}
