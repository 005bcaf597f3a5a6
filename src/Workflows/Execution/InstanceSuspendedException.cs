namespace Samverkan.Workflows.Execution;

/// <summary>A command refused because its instance is suspended (409); callers that explain it in their own words catch this type.</summary>
public sealed class InstanceSuspendedException(Guid instanceId, string message) : EngineException(EngineErrorKind.Conflict, message)
{
    public Guid InstanceId { get; } = instanceId;
}
