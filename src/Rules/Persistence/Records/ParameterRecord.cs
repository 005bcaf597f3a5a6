namespace Samverkan.Rules.Persistence.Records;

/// <summary>A named, typed rule parameter; its values live in <see cref="ParameterChangeRecord"/>s.</summary>
internal sealed class ParameterRecord
{
    public required string Name { get; init; }

    public required string Kind { get; init; }

    public required string Description { get; init; }
}
