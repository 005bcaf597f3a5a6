using System.Threading.Channels;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Notifications.Engine;

/// <summary>
/// Hears the engine's committed task changes and queues them for <see cref="TaskNotificationWorker"/>: the
/// engine calls this on its own thread after the commit, so it only copies and queues, never waits or throws.
/// The changes go into <see cref="Lanes"/> queues by task, handled side by side: the changes of one task stay in
/// their order (a claim is handled after the new-task notice it checks for), those of different tasks need not wait
/// for each other.
/// </summary>
internal sealed class TaskNotificationListener : IEngineListener
{
    /// <summary>Queues handled at once; a notice waits on the database, so a few in flight keep up with a busy node.</summary>
    public const int Lanes = 4;

    private readonly Channel<TaskChange>[] _lanes = Enumerable.Range(0, Lanes)
        .Select(_ => Channel.CreateUnbounded<TaskChange>(new UnboundedChannelOptions { SingleReader = true }))
        .ToArray();

    public IReadOnlyList<ChannelReader<TaskChange>> Changes => [.. _lanes.Select(l => l.Reader)];

    public void TasksChanged(IReadOnlyList<UserTaskView> created, IReadOnlyList<UserTaskView> changed)
    {
        foreach (var task in created)
        {
            Queue(new TaskChange(task, IsNew: true));
        }
        foreach (var task in changed)
        {
            Queue(new TaskChange(task, IsNew: false));
        }
    }

    public void IncidentsCreated(IReadOnlyList<IncidentView> incidents)
    {
        // Incidents are for process designers and operations, who see them in the API; nobody is notified yet.
    }

    private void Queue(TaskChange change) =>
        _lanes[(int)((uint)change.Task.Id.GetHashCode() % Lanes)].Writer.TryWrite(change);
}
