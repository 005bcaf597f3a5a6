using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>
/// Which behaviour a node gets, decided once per node when its process is built. A new element kind is one
/// <see cref="ElementBehavior"/> class and one line here.
/// </summary>
internal static class ElementBehaviors
{
    public static ElementBehavior For(FlowNode node, ProcessModel model) => node switch
    {
        StartEvent start => new StartEventBehavior(start, model),
        BoundaryEvent boundary => new BoundaryEventBehavior(boundary, model),
        EndEvent { Trigger: TerminateTrigger } end => new TerminateEndEventBehavior(end, model),
        EndEvent { Trigger: ErrorTrigger error } end => new ErrorEndEventBehavior(end, error, model),
        EndEvent { Trigger: EscalationTrigger escalation } end => new EscalationEndEventBehavior(end, escalation, model),
        EndEvent { Trigger: SignalTrigger signal } end => new SignalThrowBehavior(end, signal, model),
        EndEvent { Trigger: MessageTrigger, Job: { } job } end => new MessageThrowBehavior(end, job, model),
        EndEvent { Trigger: CompensateTrigger compensate } end => new CompensationThrowBehavior(end, compensate, model),
        EndEvent { Trigger: CancelTrigger } end => new CancelEndEventBehavior(end, model),
        EndEvent end => new NoneEndEventBehavior(end, model),
        IntermediateCatchEvent { Trigger: LinkTrigger } catchEvent => new PassThroughBehavior(catchEvent, model),
        IntermediateCatchEvent catchEvent => new IntermediateCatchEventBehavior(catchEvent, model),
        IntermediateThrowEvent { Trigger: EscalationTrigger escalation } throwEvent => new EscalationThrowEventBehavior(throwEvent, escalation, model),
        IntermediateThrowEvent { Trigger: SignalTrigger signal } throwEvent => new SignalThrowBehavior(throwEvent, signal, model),
        IntermediateThrowEvent { Trigger: MessageTrigger, Job: { } job } throwEvent => new MessageThrowBehavior(throwEvent, job, model),
        IntermediateThrowEvent { Trigger: LinkTrigger link } throwEvent => new LinkThrowBehavior(throwEvent, link, model),
        IntermediateThrowEvent { Trigger: CompensateTrigger compensate } throwEvent => new CompensationThrowBehavior(throwEvent, compensate, model),
        IntermediateThrowEvent throwEvent => new PassThroughBehavior(throwEvent, model),
        Gateway { GatewayKind: GatewayKind.Exclusive } gateway => new ExclusiveGatewayBehavior(gateway, model),
        Gateway { GatewayKind: GatewayKind.Parallel } gateway => new ParallelGatewayBehavior(gateway, model),
        Gateway { GatewayKind: GatewayKind.Inclusive } gateway => new InclusiveGatewayBehavior(gateway, model),
        Gateway { GatewayKind: GatewayKind.EventBased } gateway => new EventBasedGatewayBehavior(gateway, model),
        PassThroughTask task => new PassThroughBehavior(task, model),
        UserTask task => new UserTaskBehavior(task, model),
        ServiceTask task => new ServiceTaskBehavior(task, model),
        ReceiveTask task => new ReceiveTaskBehavior(task, model),
        BusinessRuleTask task => new BusinessRuleTaskBehavior(task, model),
        SubProcess { TriggeredByEvent: true } subProcess => new EventSubProcessBehavior(subProcess, model),
        SubProcess subProcess => new SubProcessBehavior(subProcess, model),
        CallActivity call => new CallActivityBehavior(call, model),
        _ => new UnsupportedBehavior(node, model),
    };

    /// <summary>The body a token arriving at a multi-instance activity enters first, or null when the node does not loop.</summary>
    public static ElementBehavior? BodyFor(FlowNode node, ProcessModel model) =>
        node is Activity { MultiInstance: not null } activity ? new MultiInstanceBehavior(activity, model) : null;
}
