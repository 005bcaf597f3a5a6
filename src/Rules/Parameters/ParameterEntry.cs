namespace Samverkan.Rules.Parameters;

/// <summary>A recorded change with its value already typed.</summary>
internal sealed record ParameterEntry(ParameterChange Change, object Value)
{
    /// <summary>When the value starts to hold; a seeded value holds for all time.</summary>
    public DateTimeOffset Start => Change.EffectiveFrom ?? DateTimeOffset.MinValue;
}
