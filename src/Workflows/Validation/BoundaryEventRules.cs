using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Validation;

/// <summary>Boundary events hang on an activity, are left by flows and never entered by them.</summary>
internal sealed class BoundaryEventRules : IProcessRule
{
    public void Check(ProcessModel process, List<BpmnDiagnostic> diagnostics)
    {
        foreach (var boundary in process.Nodes.OfType<BoundaryEvent>())
        {
            void Error(DiagnosticMessage message) => diagnostics.Add(BpmnDiagnostic.Error(boundary.Id, boundary.Line, message));

            if (!process.TryGetNode(boundary.AttachedToId, out var host))
            {
                Error(BoundaryUnknownHost.Format(boundary.AttachedToId));
            }
            else if (host is not Activity)
            {
                Error(BoundaryHostNotActivity.Format(DiagnosticTerms.Kind(host.Kind), host.Id));
            }

            if (boundary.Incoming.Count > 0)
            {
                Error(BoundaryWithIncoming.Format());
            }

            if (boundary.Outgoing.Count == 0 && boundary.Trigger is not CompensateTrigger)
            {
                Error(BoundaryWithoutOutgoing.Format());
            }

            if (boundary.Trigger is ErrorTrigger && !boundary.CancelActivity)
            {
                Error(ErrorBoundaryNotInterrupting.Format());
            }
        }
    }
}
