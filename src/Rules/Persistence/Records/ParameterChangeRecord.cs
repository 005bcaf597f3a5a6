namespace Samverkan.Rules.Persistence.Records;

/// <summary>One change of a parameter's value; the value in force at an instant is the latest change effective by then.</summary>
internal sealed class ParameterChangeRecord
{
    public long Id { get; private set; }

    public required string Name { get; init; }

    public required string ValueJson { get; init; }

    public string? OldValueJson { get; init; }

    /// <summary><see cref="DateTimeOffset.MinValue"/> for a seeded value, which holds for all time before any change.</summary>
    public required DateTimeOffset EffectiveFrom { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    public required string ChangedBy { get; init; }

    public required string Reason { get; init; }
}
