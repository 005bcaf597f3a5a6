namespace Samverkan.Workflows.Abstractions;

/// <summary>How many instances of one version of a process are still running.</summary>
public sealed record VersionInstanceCount(string DefinitionKey, int DefinitionVersion, int Active);
