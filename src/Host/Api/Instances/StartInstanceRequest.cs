using System.Text.Json;

namespace Samverkan.Host.Api.Instances;

/// <summary>Starts an instance; without a version, the latest one.</summary>
internal sealed record StartInstanceRequest(string? BusinessKey = null, Dictionary<string, JsonElement>? Variables = null, int? Version = null);
