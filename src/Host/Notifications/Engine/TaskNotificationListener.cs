using System.Threading.Channels;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Notifications.Engine;

/// <summary>
/// Hears the engine's committed task changes and queues them for <see cref="TaskNotificationWorker"/>: the
/// engine calls this on its own thread after the commit, so it only copies and queues, never waits or throws.
/// </summary>
internal sealed class TaskNotificationListener : IEngineListener
{
    private readonly Channel<TaskChange> _changes = Channel.CreateUnbounded<TaskChange>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<TaskChange> Changes => _changes.Reader;

    public void TasksChanged(IReadOnlyList<UserTaskView> created, IReadOnlyList<UserTaskView> changed)
    {
        foreach (var task in created)
        {
            _changes.Writer.TryWrite(new TaskChange(task, IsNew: true));
        }
        foreach (var task in changed)
        {
            _changes.Writer.TryWrite(new TaskChange(task, IsNew: false));
        }
    }

    public void IncidentsCreated(IReadOnlyList<IncidentView> incidents)
    {
        // Incidents are for process designers and operations, who see them in the API; nobody is notified yet.
    }
}
