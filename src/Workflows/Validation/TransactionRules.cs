using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Validation;

/// <summary>Cancel end events sit directly in a transaction, which then has a cancel boundary event; cancel boundaries sit only on transactions.</summary>
internal sealed class TransactionRules : IProcessRule
{
    public void Check(ProcessModel process, List<BpmnDiagnostic> diagnostics)
    {
        foreach (var node in process.Nodes)
        {
            void Report(DiagnosticMessage message) => diagnostics.Add(BpmnDiagnostic.Error(node.Id, node.Line, message));

            switch (node)
            {
                case EndEvent { Trigger: CancelTrigger }:
                    if (node.ScopeId is not { } scopeId || !process.TryGetNode(scopeId, out var scope) || scope is not SubProcess { IsTransaction: true })
                    {
                        Report(CancelEndOutsideTransaction.Format());
                    }

                    break;
                case BoundaryEvent { Trigger: CancelTrigger } boundary:
                    if (process.TryGetNode(boundary.AttachedToId, out var host) && host is not SubProcess { IsTransaction: true })
                    {
                        Report(CancelBoundaryNotOnTransaction.Format());
                    }

                    if (!boundary.CancelActivity)
                    {
                        Report(CancelBoundaryNotInterrupting.Format());
                    }

                    break;
                case SubProcess { IsTransaction: true } transaction:
                    var cancels = process.ChildrenOf(transaction.Id).Any(n => n is EndEvent { Trigger: CancelTrigger });
                    var caught = process.Nodes.OfType<BoundaryEvent>().Any(b => b.AttachedToId == transaction.Id && b.Trigger is CancelTrigger);
                    if (cancels && !caught)
                    {
                        Report(TransactionWithoutCancelBoundary.Format());
                    }

                    break;
            }
        }
    }
}
