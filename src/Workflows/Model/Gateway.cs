namespace Samverkan.Workflows.Model;

public enum GatewayKind
{
    Exclusive,
    Parallel,
    Inclusive,
    EventBased,
}

public sealed record Gateway : FlowNode
{
    public required GatewayKind GatewayKind { get; init; }
    public string? DefaultFlowId { get; init; }

    public override string Kind => GatewayKind switch
    {
        GatewayKind.Exclusive => "exclusiveGateway",
        GatewayKind.Parallel => "parallelGateway",
        GatewayKind.Inclusive => "inclusiveGateway",
        _ => "eventBasedGateway",
    };
}
