using Samverkan.Workflows.Monitoring;

namespace Samverkan.Workflows.Abstractions;

/// <summary>Told after a commit what happened, e.g. so that an inbox can update live. Must not throw.</summary>
public interface IEngineListener
{
    void TasksChanged(IReadOnlyList<UserTaskView> created, IReadOnlyList<UserTaskView> changed);
    void IncidentsCreated(IReadOnlyList<IncidentView> incidents);
}
