using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Validation;

/// <summary>Messages, signals and timers must say what they wait for.</summary>
internal sealed class TriggerRules : IProcessRule
{
    public void Check(ProcessModel process, List<BpmnDiagnostic> diagnostics)
    {
        foreach (var node in process.Nodes)
        {
            var problem = node switch
            {
                ReceiveTask { MessageName: "" } => "receive task has no message",
                _ => node.TriggerOf() switch
                {
                    MessageTrigger { MessageName: "" } => "message event has no message",
                    SignalTrigger { SignalName: "" } => "signal event has no signal",
                    TimerTrigger { Value: "" } => "timer has no value",
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
