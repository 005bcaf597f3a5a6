using Samverkan.Workflows.Model;
using static Samverkan.Workflows.Validation.DiagnosticTexts;

namespace Samverkan.Workflows.Validation;

/// <summary>Messages, signals and timers must say what they wait for.</summary>
internal sealed class TriggerRules : IProcessRule
{
    public void Check(ProcessModel process, List<BpmnDiagnostic> diagnostics)
    {
        foreach (var node in process.Nodes)
        {
            DiagnosticMessage? problem = node switch
            {
                ReceiveTask { MessageName: "" } => ReceiveTaskWithoutMessage.Format(),
                _ => node.TriggerOf() switch
                {
                    MessageTrigger { MessageName: "" } => MessageEventWithoutMessage.Format(),
                    SignalTrigger { SignalName: "" } => SignalEventWithoutSignal.Format(),
                    TimerTrigger { Value: "" } => TimerWithoutValue.Format(),
                    _ => null,
                },
            };
            if (problem is not null)
            {
                diagnostics.Add(BpmnDiagnostic.Error(node.Id, node.Line, problem));
            }
        }
    }
}
