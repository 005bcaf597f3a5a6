using Samverkan.Workflows.Monitoring;

namespace Samverkan.Workflows.Abstractions;

/// <summary>Told after a commit what happened, e.g. so that an inbox can update live. Must not throw.</summary>
public interface IEngineListener
{
    void TasksChanged(IReadOnlyList<UserTaskView> created, IReadOnlyList<UserTaskView> changed);
    void IncidentsCreated(IReadOnlyList<IncidentView> incidents);

    /// <summary>
    /// The tasks this commit completed, each with its instance's process variables as the commit left them: what the
    /// completion decided, even when the instance has moved on by the time a listener's queue reaches it.
    /// </summary>
    void TasksCompleted(IReadOnlyList<CompletedTask> completed)
    {
    }
}

/// <summary>A completed task and a copy of its instance's process variables right after the completion's commit.</summary>
public sealed record CompletedTask(UserTaskView Task, IReadOnlyDictionary<string, object?> Variables);
