using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Validation;

/// <summary>A node no flow leads to never runs: usually a forgotten connection.</summary>
internal sealed class ReachabilityRule : IProcessRule
{
    public void Check(ProcessModel process, List<BpmnDiagnostic> diagnostics)
    {
        foreach (var node in process.Nodes)
        {
            var entersWithoutFlow = node is StartEvent or BoundaryEvent or SubProcess { TriggeredByEvent: true }
                or IntermediateCatchEvent { Trigger: LinkTrigger } or Activity { IsForCompensation: true };
            if (!entersWithoutFlow && node.Incoming.Count == 0)
            {
                diagnostics.Add(BpmnDiagnostic.Warning(node.Id, node.Line, DiagnosticTexts.Unreachable.Format(DiagnosticTerms.Kind(node.Kind))));
            }
        }
    }
}
