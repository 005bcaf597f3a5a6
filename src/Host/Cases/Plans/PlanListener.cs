using System.Threading.Channels;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Cases.Plans;

/// <summary>
/// Hears the engine's committed task changes and queues each completion that establishes or follows up a SIP plan for
/// <see cref="PlanRecorder"/>: the engine calls this on its own thread after the commit, so it only queues.
/// </summary>
internal sealed class PlanListener : IEngineListener
{
    private readonly Channel<UserTaskView> _completed = Channel.CreateUnbounded<UserTaskView>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<UserTaskView> Completed => _completed.Reader;

    public void TasksChanged(IReadOnlyList<UserTaskView> created, IReadOnlyList<UserTaskView> changed)
    {
        foreach (var task in changed.Where(PlanVersions.MakesAVersion))
        {
            _completed.Writer.TryWrite(task);
        }
    }

    public void IncidentsCreated(IReadOnlyList<IncidentView> incidents)
    {
        // Incidents change no plan.
    }
}
