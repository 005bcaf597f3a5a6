using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Api.Definitions;

/// <summary>One deployed version of a process.</summary>
internal sealed record DefinitionResponse(Guid Id, string Key, int Version, string? Name, string? Source, DateTimeOffset DeployedAt)
{
    public static DefinitionResponse From(DefinitionInfo record) =>
        new(record.Id, record.Key, record.Version, record.Name, record.Source, record.DeployedAt);
}
