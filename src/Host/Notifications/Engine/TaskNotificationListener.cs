using System.Threading.Channels;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution.Records;

namespace Samverkan.Host.Notifications.Engine;

/// <summary>
/// Hears the engine's committed task changes and queues them for <see cref="TaskNotificationWorker"/>: the
/// engine calls this on its own thread after the commit, so it only copies and queues, never waits or throws.
/// </summary>
internal sealed class TaskNotificationListener : IEngineListener
{
    private readonly Channel<TaskChange> _changes = Channel.CreateUnbounded<TaskChange>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<TaskChange> Changes => _changes.Reader;

    public void TasksChanged(IReadOnlyList<UserTaskRecord> created, IReadOnlyList<UserTaskRecord> changed)
    {
        foreach (var task in created)
        {
            _changes.Writer.TryWrite(new TaskChange(task.Clone(), IsNew: true));
        }
        foreach (var task in changed)
        {
            _changes.Writer.TryWrite(new TaskChange(task.Clone(), IsNew: false));
        }
    }

    public void IncidentsCreated(IReadOnlyList<IncidentRecord> incidents)
    {
        // Incidents are for process designers and operations, who see them in the API; nobody is notified yet.
    }
}
