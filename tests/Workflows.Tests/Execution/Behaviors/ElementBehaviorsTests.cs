using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Execution.Behaviors;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Tests.Execution.Behaviors;

public sealed class ElementBehaviorsTests
{
    private static readonly ProcessModel Empty = new("p", null, 1, [], []);

    public static TheoryData<FlowNode, Type> Kinds => new()
    {
        { new StartEvent { Id = "n" }, typeof(StartEventBehavior) },
        { new BoundaryEvent { Id = "n", AttachedToId = "a", Trigger = new MessageTrigger("m") }, typeof(BoundaryEventBehavior) },
        { new EndEvent { Id = "n" }, typeof(NoneEndEventBehavior) },
        { new EndEvent { Id = "n", Trigger = TerminateTrigger.Instance }, typeof(TerminateEndEventBehavior) },
        { new EndEvent { Id = "n", Trigger = new ErrorTrigger("E") }, typeof(ErrorEndEventBehavior) },
        { new EndEvent { Id = "n", Trigger = new EscalationTrigger("X") }, typeof(EscalationEndEventBehavior) },
        { new EndEvent { Id = "n", Trigger = new SignalTrigger("s") }, typeof(SignalThrowBehavior) },
        { new IntermediateCatchEvent { Id = "n", Trigger = new SignalTrigger("s") }, typeof(IntermediateCatchEventBehavior) },
        { new IntermediateThrowEvent { Id = "n" }, typeof(PassThroughBehavior) },
        { new IntermediateThrowEvent { Id = "n", Trigger = new EscalationTrigger("X") }, typeof(EscalationThrowEventBehavior) },
        { new IntermediateThrowEvent { Id = "n", Trigger = new SignalTrigger("s") }, typeof(SignalThrowBehavior) },
        { new Gateway { Id = "n", GatewayKind = GatewayKind.Exclusive }, typeof(ExclusiveGatewayBehavior) },
        { new Gateway { Id = "n", GatewayKind = GatewayKind.Parallel }, typeof(ParallelGatewayBehavior) },
        { new Gateway { Id = "n", GatewayKind = GatewayKind.Inclusive }, typeof(InclusiveGatewayBehavior) },
        { new Gateway { Id = "n", GatewayKind = GatewayKind.EventBased }, typeof(EventBasedGatewayBehavior) },
        { new PassThroughTask { Id = "n" }, typeof(PassThroughBehavior) },
        { new UserTask { Id = "n" }, typeof(UserTaskBehavior) },
        { new ServiceTask { Id = "n", Implementation = ServiceImplementation.External, Target = "t" }, typeof(ServiceTaskBehavior) },
        { new ReceiveTask { Id = "n", MessageName = "m" }, typeof(ReceiveTaskBehavior) },
        { new BusinessRuleTask { Id = "n", DecisionRef = "r" }, typeof(BusinessRuleTaskBehavior) },
        { new SubProcess { Id = "n" }, typeof(SubProcessBehavior) },
        { new SubProcess { Id = "n", TriggeredByEvent = true }, typeof(EventSubProcessBehavior) },
        { new CallActivity { Id = "n", CalledElement = "c" }, typeof(CallActivityBehavior) },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void For_EachElementKind_BindsItsOwnBehavior(FlowNode node, Type expected)
    {
        var behavior = ElementBehaviors.For(node, Empty);

        Assert.IsType(expected, behavior);
        Assert.Same(node, behavior.Node);
    }

    [Fact]
    public void For_UnknownKind_BindsUnsupported()
    {
        var behavior = ElementBehaviors.For(new FutureNode { Id = "n" }, Empty);

        Assert.IsType<UnsupportedBehavior>(behavior);
    }

    [Fact]
    public void BehaviorOf_MultiInstanceActivity_BodyLoopsAndInnerInstancesRunTheTask()
    {
        var task = new UserTask { Id = "t", MultiInstance = new MultiInstance { LoopCardinality = "2" } };
        var process = new ExecutableProcess(Guid.NewGuid(), "p", 1, new ProcessModel("p", null, 1, [task], []), new ExpressionCompiler());

        var body = process.BehaviorOf(new ElementInstance { ElementId = "t", IsMultiInstanceBody = true });
        var inner = process.BehaviorOf(new ElementInstance { ElementId = "t" });

        Assert.IsType<MultiInstanceBehavior>(body);
        Assert.Same(body, process.Entry("t"));
        Assert.IsType<UserTaskBehavior>(inner);
        Assert.Empty(body.Inputs);
    }

    private sealed record FutureNode : FlowNode
    {
        public override string Kind => "futureTask";
    }
}
