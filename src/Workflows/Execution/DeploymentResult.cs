using Samverkan.Workflows.Validation;

namespace Samverkan.Workflows.Execution;

/// <summary>What a deployment did: the definitions (new or unchanged) and every diagnostic found.</summary>
public sealed record DeploymentResult(IReadOnlyList<DeployedDefinition> Definitions, IReadOnlyList<BpmnDiagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError) && Definitions.Count > 0;
    public IEnumerable<BpmnDiagnostic> Errors => Diagnostics.Where(d => d.IsError);
}

/// <summary>One process of a deployment; <see cref="Created"/> is false when the same XML was already deployed.</summary>
public sealed record DeployedDefinition(Guid Id, string Key, int Version, string? Name, bool Created);
