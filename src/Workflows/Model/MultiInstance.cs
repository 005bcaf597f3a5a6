namespace Samverkan.Workflows.Model;

/// <summary>multiInstanceLoopCharacteristics: one inner instance per item of a collection (or a cardinality).</summary>
public sealed record MultiInstance
{
    public bool IsSequential { get; init; }
    /// <summary>camunda:collection: a variable name or an ${expression}.</summary>
    public string? Collection { get; init; }
    public string? ElementVariable { get; init; }
    public string? LoopCardinality { get; init; }
    public string? CompletionCondition { get; init; }
    /// <summary>zeebe:loopCharacteristics outputCollection: the list variable written to the enclosing scope when all iterations are done.</summary>
    public string? OutputCollection { get; init; }
    /// <summary>The expression each iteration's result is read from, placed at the iteration's index in the output collection.</summary>
    public string? OutputElement { get; init; }
    public int Line { get; init; }
}
