namespace Samverkan.Workflows.Abstractions;

/// <summary>Code behind <c>camunda:delegateExpression="${name}"</c>: runs outside the instance's transaction.</summary>
public interface IServiceTaskHandler
{
    /// <summary>The name used in the BPMN file.</summary>
    string Name { get; }

    /// <summary>Returns variables to set; throw <see cref="BpmnErrorException"/> for a business error the process can catch.</summary>
    Task<IReadOnlyDictionary<string, object?>?> ExecuteAsync(ServiceTaskContext context, CancellationToken ct);
}

public sealed record ServiceTaskContext(
    Guid InstanceId,
    string? BusinessKey,
    string ElementId,
    Guid JobId,
    IReadOnlyDictionary<string, object?> Variables);

/// <summary>A business error thrown by a handler or an external worker, caught by an error boundary or event subprocess.</summary>
public sealed class BpmnErrorException(string errorCode, string? message = null) : Exception(message ?? errorCode)
{
    public string ErrorCode { get; } = errorCode;
}
