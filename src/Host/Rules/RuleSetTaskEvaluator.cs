using Samverkan.Rules.Evaluation;
using Samverkan.Workflows.Abstractions;

namespace Samverkan.Host.Rules;

/// <summary>
/// A businessRuleTask's <c>camunda:decisionRef</c> names a rule set; the outcome becomes the result variable and
/// the line in the history says which rule-set and parameter versions gave it.
/// </summary>
internal sealed class RuleSetTaskEvaluator(IRuleEvaluator rules) : IBusinessRuleEvaluator
{
    public async Task<BusinessRuleResult> EvaluateAsync(string decisionRef, IReadOnlyDictionary<string, object?> variables, DateTimeOffset asOf, CancellationToken ct)
    {
        var outcome = await rules.EvaluateAsync(decisionRef, variables, asOf, ct);
        return new BusinessRuleResult(outcome.ToVariable(), outcome.Describe());
    }
}
