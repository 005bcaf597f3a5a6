namespace Samverkan.Host.Components.Designer;

/// <summary>One deployed version of a process on the list, with how many of its instances are still running.</summary>
public sealed record ProcessVersionRow(int Version, string? Name, DateTimeOffset DeployedAt, string? Source, int Running);
