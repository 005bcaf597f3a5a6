namespace Samverkan.Rules.Persistence.Records;

/// <summary>The single row every rule-set or parameter write increments, so that each node sees a change on its next evaluation.</summary>
internal sealed class RulesRevisionRecord
{
    public const int SingletonId = 1;

    public int Id { get; init; }

    public long Value { get; init; }
}
