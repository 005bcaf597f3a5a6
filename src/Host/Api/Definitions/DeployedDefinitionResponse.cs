namespace Samverkan.Host.Api.Definitions;

/// <summary>One process of a deployment; <c>created</c> is false when the same XML was deployed before.</summary>
internal sealed record DeployedDefinitionResponse(string Key, int Version, Guid Id, string? Name, bool Created);
