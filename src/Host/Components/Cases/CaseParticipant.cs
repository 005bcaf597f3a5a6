namespace Samverkan.Host.Components.Cases;

/// <summary>A group called (kallelse, huvudmännen) or invited (inbjudan, the other actors) to a meeting, and whether it answered.</summary>
public sealed record CaseParticipant(string Group, string Kind, string Status, bool Answered);
