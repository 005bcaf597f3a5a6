namespace Samverkan.Host.Api.Messages;

/// <summary>The instances the message reached; <c>startedInstance</c> when it started a new one at a message start event.</summary>
internal sealed record MessageResponse(IReadOnlyList<Guid> InstanceIds, bool StartedInstance);
