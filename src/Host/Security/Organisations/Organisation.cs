namespace Samverkan.Host.Security.Organisations;

/// <summary>A party and the groups its staff can be in (group ids, ordered).</summary>
public sealed record Organisation(string Id, string Name, IReadOnlyList<string> Groups);

/// <summary>A task group (a candidate group of the processes) and the organisations whose staff can be in it.</summary>
public sealed record OrganisationGroup(string Id, string Name, IReadOnlyList<string> Organisations);
