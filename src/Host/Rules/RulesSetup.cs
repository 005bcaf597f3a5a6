using Samverkan.Rules;
using Samverkan.Workflows.Abstractions;

namespace Samverkan.Host.Rules;

/// <summary>Plugs the Rules library into the engine: rule sets behind business rule tasks and task completions, parameters as <c>params</c>.</summary>
public static class RulesSetup
{
    public static IServiceCollection AddSamverkanRules(this IServiceCollection services)
    {
        services.AddRules();
        services.AddSingleton<IBusinessRuleEvaluator, RuleSetTaskEvaluator>();
        services.AddSingleton<IExpressionGlobals, ParameterGlobals>();
        services.AddSingleton<ITaskCompletionValidator, CompletionRuleSetValidator>();
        return services;
    }
}
