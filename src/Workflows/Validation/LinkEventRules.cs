using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Validation;

/// <summary>A throwing link event needs exactly one catching link event of its name in its own scope, and the catch no incoming flow.</summary>
internal sealed class LinkEventRules : IProcessRule
{
    public void Check(ProcessModel process, List<BpmnDiagnostic> diagnostics)
    {
        var catches = process.Nodes.OfType<IntermediateCatchEvent>()
            .Where(c => c.Trigger is LinkTrigger)
            .ToLookup(c => (c.ScopeId, ((LinkTrigger)c.Trigger).LinkName));
        foreach (var group in catches)
        {
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Add(BpmnDiagnostic.Error(duplicate.Id, duplicate.Line, LinkCatchDuplicate.Format(group.Key.LinkName)));
            }
        }

        foreach (var node in process.Nodes)
        {
            switch (node)
            {
                case IntermediateCatchEvent { Trigger: LinkTrigger link } catchEvent:
                    if (link.LinkName.Length == 0)
                    {
                        diagnostics.Add(BpmnDiagnostic.Error(node.Id, node.Line, LinkWithoutName.Format()));
                    }
                    if (catchEvent.Incoming.Count > 0)
                    {
                        diagnostics.Add(BpmnDiagnostic.Error(node.Id, node.Line, LinkCatchWithIncoming.Format()));
                    }
                    break;
                case IntermediateThrowEvent { Trigger: LinkTrigger link }:
                    if (link.LinkName.Length == 0)
                    {
                        diagnostics.Add(BpmnDiagnostic.Error(node.Id, node.Line, LinkWithoutName.Format()));
                    }
                    else if (!catches.Contains((node.ScopeId, link.LinkName)))
                    {
                        diagnostics.Add(BpmnDiagnostic.Error(node.Id, node.Line, LinkWithoutCatch.Format(link.LinkName)));
                    }
                    break;
            }
        }
    }
}
