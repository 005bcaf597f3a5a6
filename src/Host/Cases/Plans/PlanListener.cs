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
    private readonly Channel<CompletedTask> _completed = Channel.CreateUnbounded<CompletedTask>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<CompletedTask> Completed => _completed.Reader;

    public void TasksChanged(IReadOnlyList<UserTaskView> created, IReadOnlyList<UserTaskView> changed)
    {
        // The completions come with their variables in TasksCompleted.
    }

    public void TasksCompleted(IReadOnlyList<CompletedTask> completed)
    {
        // With the variables as the completion left them: by the time the recorder gets to it, the next step of the
        // plan may have been completed too.
        foreach (var task in completed.Where(c => PlanVersions.MakesAVersion(c.Task)))
        {
            _completed.Writer.TryWrite(task);
        }
    }

    public void IncidentsCreated(IReadOnlyList<IncidentView> incidents)
    {
        // Incidents change no plan.
    }
}
