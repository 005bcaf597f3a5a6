using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    /// <summary>Stops the element instance where it stands and records why; a retry runs <paramref name="retry"/> again.</summary>
    public void RaiseIncident(LoadedInstance instance, ElementInstance element, string type, string message, OpKind retry, Guid? jobId = null)
    {
        // A failed job keeps its boundary events armed; a step that failed before waiting re-subscribes on retry.
        if (jobId is null && element.Waits is { } waits)
        {
            DropWaits(waits);
            element.Waits = null;
        }
        if (element.IncidentId is Guid previous)
        {
            ResolveIncident(instance, element, previous);
        }
        var incident = new IncidentRecord
        {
            Id = Guid.CreateVersion7(Now),
            InstanceId = instance.Id,
            ElementInstanceId = element.Id,
            ElementId = element.ElementId,
            Type = type,
            Message = message,
            JobId = jobId,
            CreatedAt = Now,
        };
        Changes.NewIncidents.Add(incident);
        element.State = ElementState.Failed;
        element.IncidentId = incident.Id;
        element.RetryOp = retry;
        instance.Record.OpenIncidents++;
        History(instance, HistoryTypes.IncidentCreated, element.ElementId, element.Id, $"{type}: {message}");
    }

    private void ResolveIncident(LoadedInstance instance, ElementInstance element, Guid incidentId)
    {
        Changes.ResolvedIncidents.Add((incidentId, Now));
        element.IncidentId = null;
        instance.Record.OpenIncidents = Math.Max(0, instance.Record.OpenIncidents - 1);
        History(instance, HistoryTypes.IncidentResolved, element.ElementId, element.Id, incidentId.ToString());
    }

    /// <summary>Clears the incident and lets the element wait again (for a job that gets another attempt).</summary>
    public void Resolve(LoadedInstance instance, ElementInstance element)
    {
        if (element.IncidentId is Guid incidentId)
        {
            ResolveIncident(instance, element, incidentId);
        }
        element.State = ElementState.Waiting;
    }

    /// <summary>Clears the incident and runs the failed step again.</summary>
    public void Retry(LoadedInstance instance, ElementInstance element)
    {
        if (element.IncidentId is Guid incidentId)
        {
            ResolveIncident(instance, element, incidentId);
        }
        element.State = element.IsScope ? ElementState.Active : ElementState.Waiting;
        Enqueue(element.RetryOp, instance, element);
    }
}
