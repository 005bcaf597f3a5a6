namespace Samverkan.Workflows.Abstractions;

/// <summary>The rule port of a businessRuleTask: Host plugs the Rules library in.</summary>
public interface IBusinessRuleEvaluator
{
    /// <summary>Evaluates the rule set <paramref name="decisionRef"/>; the result is stored in the task's result variable.</summary>
    Task<BusinessRuleResult> EvaluateAsync(string decisionRef, IReadOnlyDictionary<string, object?> variables, DateTimeOffset asOf, CancellationToken ct);
}

/// <summary>The outcome, and a line for the history saying which versions were used.</summary>
public sealed record BusinessRuleResult(object? Value, string? Detail);
