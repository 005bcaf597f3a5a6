namespace Samverkan.Host.Api.Definitions;

/// <summary>A deployed process: its latest version and how many versions it has.</summary>
internal sealed record DefinitionSummary(string Key, string? Name, int LatestVersion, Guid LatestId, int Versions, DateTimeOffset DeployedAt);
