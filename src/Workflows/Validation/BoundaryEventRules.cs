using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Validation;

/// <summary>Boundary events hang on an activity, are left by flows and never entered by them.</summary>
internal sealed class BoundaryEventRules : IProcessRule
{
    public void Check(ProcessModel process, List<BpmnDiagnostic> diagnostics)
    {
        foreach (var boundary in process.Nodes.OfType<BoundaryEvent>())
        {
            void Error(string message) => diagnostics.Add(BpmnDiagnostic.Error(boundary.Id, boundary.Line, message));

            if (!process.TryGetNode(boundary.AttachedToId, out var host))
            {
                Error($"boundary event is attached to unknown node '{boundary.AttachedToId}'");
            }
            else if (host is not Activity)
            {
                Error($"boundary event is attached to the {host.Kind} '{host.Id}', which is not an activity");
            }

            if (boundary.Incoming.Count > 0)
            {
                Error("a boundary event cannot have incoming sequence flows");
            }

            if (boundary.Outgoing.Count == 0)
            {
                Error("boundary event has no outgoing sequence flow");
            }

            if (boundary.Trigger is ErrorTrigger && !boundary.CancelActivity)
            {
                Error("an error boundary event must be interrupting (cancelActivity=\"true\")");
            }
        }
    }
}
