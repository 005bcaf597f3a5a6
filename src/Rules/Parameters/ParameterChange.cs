using System.Text.Json;

namespace Samverkan.Rules.Parameters;

/// <summary>
/// One recorded change of a parameter. <paramref name="EffectiveFrom"/> is null for the seeded value, which holds
/// for all time before any change; <paramref name="OldValue"/> is the value that was in force at that instant.
/// </summary>
public sealed record ParameterChange(
    long Id,
    string Name,
    JsonElement? OldValue,
    JsonElement Value,
    DateTimeOffset? EffectiveFrom,
    DateTimeOffset ChangedAt,
    string ChangedBy,
    string Reason);
