using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Validation;

/// <summary>Each scope must have a way to start: processes, embedded subprocesses and event subprocesses differ.</summary>
internal sealed class StartEventRules : IProcessRule
{
    public void Check(ProcessModel process, List<BpmnDiagnostic> diagnostics)
    {
        var starts = StartsIn(process, process.Id);
        if (starts.Count == 0)
        {
            diagnostics.Add(BpmnDiagnostic.Error(process.Id, process.Line, NoStartEvent.Format()));
        }
        else if (starts.Count(s => s.Trigger is NoneTrigger) > 1)
        {
            diagnostics.Add(BpmnDiagnostic.Error(process.Id, process.Line, SeveralNoneStarts.Format()));
        }

        foreach (var subProcess in process.Nodes.OfType<SubProcess>())
        {
            if (subProcess.TriggeredByEvent)
            {
                CheckEventSubProcess(process, subProcess, diagnostics);
            }
            else
            {
                var inner = StartsIn(process, subProcess.Id);
                if (inner.Count != 1 || inner[0].Trigger is not NoneTrigger)
                {
                    diagnostics.Add(BpmnDiagnostic.Error(subProcess.Id, subProcess.Line, SubProcessStart.Format()));
                }
            }
        }
    }

    private static void CheckEventSubProcess(ProcessModel process, SubProcess subProcess, List<BpmnDiagnostic> diagnostics)
    {
        var starts = StartsIn(process, subProcess.Id);
        if (starts.Count != 1
            || starts[0].Trigger is not (TimerTrigger or MessageTrigger or SignalTrigger or ConditionalTrigger or ErrorTrigger or EscalationTrigger or CompensateTrigger))
        {
            diagnostics.Add(BpmnDiagnostic.Error(subProcess.Id, subProcess.Line, EventSubProcessStart.Format()));
        }

        if (subProcess.Incoming.Count > 0 || subProcess.Outgoing.Count > 0)
        {
            diagnostics.Add(BpmnDiagnostic.Error(subProcess.Id, subProcess.Line, EventSubProcessFlows.Format()));
        }
    }

    private static List<StartEvent> StartsIn(ProcessModel process, string scopeId) =>
        process.ChildrenOf(scopeId).OfType<StartEvent>().ToList();
}
