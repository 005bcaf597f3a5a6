using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Validation;

/// <summary>Compensation boundary events have a marked handler beside them, handlers have no flows, activityRef names a compensable activity.</summary>
internal sealed class CompensationRules : IProcessRule
{
    public void Check(ProcessModel process, List<BpmnDiagnostic> diagnostics)
    {
        var handlers = process.Nodes.OfType<Activity>().Select(a => a.CompensationHandlerId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var node in process.Nodes)
        {
            void Report(DiagnosticMessage message) => diagnostics.Add(BpmnDiagnostic.Error(node.Id, node.Line, message));

            switch (node)
            {
                case BoundaryEvent { Trigger: CompensateTrigger } boundary:
                    CheckBoundary(process, boundary, Report);
                    break;
                case Activity { IsForCompensation: true } handler:
                    if (handler.Incoming.Count > 0 || handler.Outgoing.Count > 0)
                    {
                        Report(CompensationHandlerWithFlows.Format());
                    }

                    if (!handlers.Contains(handler.Id))
                    {
                        diagnostics.Add(BpmnDiagnostic.Warning(node.Id, node.Line, CompensationHandlerUnused.Format()));
                    }

                    break;
                case IntermediateThrowEvent or EndEvent when node.TriggerOf() is CompensateTrigger { ActivityRef: { } reference }:
                    CheckActivityRef(process, node, reference, Report);
                    break;
                case StartEvent { Trigger: CompensateTrigger }:
                    var eventSubProcess = node.ScopeId is { } id && process.TryGetNode(id, out var s) ? s : null;
                    if (eventSubProcess?.ScopeId is not { } outer || !process.TryGetNode(outer, out var around) || around is not SubProcess { TriggeredByEvent: false })
                    {
                        Report(CompensationStartOutsideSubprocess.Format());
                    }

                    break;
            }
        }
    }

    private static void CheckBoundary(ProcessModel process, BoundaryEvent boundary, Action<DiagnosticMessage> report)
    {
        if (boundary.Outgoing.Count > 0)
        {
            report(CompensationBoundaryWithFlows.Format());
        }

        if (!process.TryGetNode(boundary.AttachedToId, out var host) || host is not Activity activity)
        {
            return;
        }

        if (activity.CompensationHandlerId is not { } handlerId)
        {
            report(CompensationBoundaryWithoutHandler.Format());
        }
        else if (!process.TryGetNode(handlerId, out var handler) || handler is not Activity handlerActivity)
        {
            report(CompensationHandlerNotActivity.Format(handlerId));
        }
        else if (!handlerActivity.IsForCompensation)
        {
            report(CompensationHandlerNotMarked.Format(handlerId));
        }
        else if (handler.ScopeId != activity.ScopeId)
        {
            report(CompensationHandlerOtherScope.Format(handlerId));
        }
    }

    private static void CheckActivityRef(ProcessModel process, FlowNode thrower, string reference, Action<DiagnosticMessage> report)
    {
        var scope = CompensationScopes.ScopeOf(process, thrower);
        if (!process.TryGetNode(reference, out var target) || target is not Activity || (target.ScopeId ?? process.Id) != scope)
        {
            report(CompensationActivityRefUnknown.Format(reference));
        }
        else if (!CompensationScopes.IsCompensable(process, target))
        {
            report(CompensationActivityRefNotCompensable.Format(reference));
        }
    }
}
