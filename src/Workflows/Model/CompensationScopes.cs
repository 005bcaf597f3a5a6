namespace Samverkan.Workflows.Model;

/// <summary>Which activities compensation can reach, asked by the validator and when a process is made executable.</summary>
internal static class CompensationScopes
{
    /// <summary>
    /// An activity whose completion must be remembered: it has a compensation handler, or it is a subprocess with a
    /// compensation event subprocess or with such activities inside.
    /// </summary>
    public static bool IsCompensable(ProcessModel process, FlowNode node) => node switch
    {
        Activity { CompensationHandlerId: not null } => true,
        SubProcess { TriggeredByEvent: false } sub => CompensationStartOf(process, sub.Id) is not null
            || process.ChildrenOf(sub.Id).Any(child => child is not SubProcess { TriggeredByEvent: true } && IsCompensable(process, child)),
        _ => false,
    };

    /// <summary>The start event of the compensation event subprocess directly inside the subprocess, or null.</summary>
    public static StartEvent? CompensationStartOf(ProcessModel process, string subProcessId) =>
        process.ChildrenOf(subProcessId)
            .OfType<SubProcess>()
            .Where(s => s.TriggeredByEvent)
            .SelectMany(s => process.ChildrenOf(s.Id).OfType<StartEvent>())
            .FirstOrDefault(s => s.Trigger is CompensateTrigger);

    /// <summary>The scope a compensation thrown at the node compensates: its own, or, inside an event subprocess, the one around it.</summary>
    public static string ScopeOf(ProcessModel process, FlowNode node)
    {
        var scopeId = node.ScopeId;
        while (scopeId is not null && process.TryGetNode(scopeId, out var scope) && scope is SubProcess { TriggeredByEvent: true })
        {
            scopeId = scope.ScopeId;
        }

        return scopeId ?? process.Id;
    }
}
