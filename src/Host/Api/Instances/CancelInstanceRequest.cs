namespace Samverkan.Host.Api.Instances;

/// <summary>Why an instance is cancelled; kept with the instance.</summary>
internal sealed record CancelInstanceRequest(string? Reason = null);
