using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution.Behaviors;

/// <summary>A business rule task: evaluates its rule set over the visible variables, stores the result and moves on.</summary>
internal sealed class BusinessRuleTaskBehavior(BusinessRuleTask task, ProcessModel model) : ElementBehavior(task, model)
{
    private readonly BusinessRuleTask _task = task;

    public override async ValueTask ExecuteAsync(BehaviorContext ctx, CancellationToken ct)
    {
        var (executor, instance, element) = ctx;
        if (executor.Core.Rules is not { } rules)
        {
            ctx.RaiseIncident(IncidentTypes.Configuration, $"No rule evaluator is configured, so rule set '{_task.DecisionRef}' cannot be evaluated.");
            return;
        }
        BusinessRuleResult result;
        try
        {
            result = await rules.EvaluateAsync(_task.DecisionRef, ctx.Variables().Flatten(), executor.Now, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new BusinessRuleException($"Rule set '{_task.DecisionRef}' failed: {e.Message}", e);
        }
        ctx.History(HistoryTypes.DecisionEvaluated, result.Detail ?? _task.DecisionRef);
        if (_task.ResultVariable is { } name)
        {
            executor.SetVariables(instance, element, new Dictionary<string, object?> { [name] = VariableValues.Normalize(result.Value) });
        }
        ctx.Leave();
    }
}
