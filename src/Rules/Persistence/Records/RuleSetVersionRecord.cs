namespace Samverkan.Rules.Persistence.Records;

/// <summary>One saved version of a rule set: the file's JSON as deployed or edited.</summary>
internal sealed class RuleSetVersionRecord
{
    public long Id { get; private set; }

    public required string Name { get; init; }

    public required int Version { get; init; }

    public required string Json { get; init; }

    /// <summary>SHA-256 of the JSON without insignificant whitespace; a deploy with the same hash adds no version.</summary>
    public required string Hash { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public string? Comment { get; init; }
}
