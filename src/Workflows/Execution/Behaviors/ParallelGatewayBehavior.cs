using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>A parallel gateway: forks on every outgoing flow; joins when a token has arrived on every incoming flow.</summary>
internal sealed class ParallelGatewayBehavior(Gateway gateway, ProcessModel model) : JoinGatewayBehavior(gateway, model)
{
    protected override IReadOnlyList<SequenceFlow>? SelectFlows(BehaviorContext ctx) => Outgoing;

    protected override bool IsReady(BehaviorContext ctx, Dictionary<string, int> arrivals)
    {
        foreach (var flow in Node.Incoming)
        {
            if (arrivals.GetValueOrDefault(flow) <= 0)
            {
                return false;
            }
        }
        return true;
    }
}
