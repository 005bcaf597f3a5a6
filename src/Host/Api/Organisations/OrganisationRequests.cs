namespace Samverkan.Host.Api.Organisations;

/// <summary>A new organisation: its id (what accounts carry), its name and the groups its staff can be in (ids of existing groups).</summary>
internal sealed record CreateOrganisationRequest(string Id, string Name, IReadOnlyList<string>? Groups = null);

/// <summary>An organisation's name and groups as they should be from now.</summary>
internal sealed record ChangeOrganisationRequest(string Name, IReadOnlyList<string> Groups);

/// <summary>A new task group: its id (what a process names as candidate group) and its name.</summary>
internal sealed record CreateGroupRequest(string Id, string Name);

/// <summary>A group's new name; its id stays.</summary>
internal sealed record RenameGroupRequest(string Name);
