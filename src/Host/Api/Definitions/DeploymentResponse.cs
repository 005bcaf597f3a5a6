namespace Samverkan.Host.Api.Definitions;

/// <summary>
/// What a deployment did. <c>key</c>, <c>version</c> and <c>id</c> name the file's (first) process; a file with
/// several executable processes lists each under <c>definitions</c>. Warnings do not stop a deployment.
/// </summary>
internal sealed record DeploymentResponse(
    string Key,
    int Version,
    Guid Id,
    bool Created,
    IReadOnlyList<DeployedDefinitionResponse> Definitions,
    IReadOnlyList<ProblemError> Warnings);
