using Samverkan.Workflows.Execution.Records;

namespace Samverkan.Workflows.Abstractions;

/// <summary>Told after a commit what happened, e.g. so that an inbox can update live. Must not throw.</summary>
public interface IEngineListener
{
    void TasksChanged(IReadOnlyList<UserTaskRecord> created, IReadOnlyList<UserTaskRecord> changed);
    void IncidentsCreated(IReadOnlyList<IncidentRecord> incidents);
}
