using System.Text.Json;

namespace Samverkan.Host.Api.Signals;

/// <summary>A signal for every element waiting for it; the variables are set on each instance it reaches.</summary>
internal sealed record SignalRequest(string Name, Dictionary<string, JsonElement>? Variables = null);
