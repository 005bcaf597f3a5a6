using System.Text.Json;

namespace Samverkan.Rules.Parameters;

/// <summary>A manager's change: the new value as JSON, who and why, and from when (now when null).</summary>
public sealed record ParameterChangeRequest(JsonElement Value, string ChangedBy, string Reason, DateTimeOffset? EffectiveFrom = null);
