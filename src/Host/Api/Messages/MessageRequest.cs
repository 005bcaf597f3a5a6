using System.Text.Json;

namespace Samverkan.Host.Api.Messages;

/// <summary>
/// A message for the one element waiting for it, picked by name plus business key and/or correlation variables
/// (their values must equal the instance's) and/or a Camunda 8 correlation key (the waiting element's zeebe:subscription
/// correlationKey must evaluate to it). With <c>all</c>, every match gets it. Variables are set on the instance.
/// </summary>
internal sealed record MessageRequest(
    string Name,
    string? BusinessKey = null,
    Dictionary<string, JsonElement>? Correlation = null,
    Dictionary<string, JsonElement>? Variables = null,
    bool All = false,
    string? CorrelationKey = null);
