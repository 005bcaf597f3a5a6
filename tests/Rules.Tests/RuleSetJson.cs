using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samverkan.Rules.Tests;

/// <summary>Builds rule-set files in RulesEngine's schema with our Samples, for tests.</summary>
internal static class RuleSetJson
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static string Of(string name, object[] rules, params object[] samples) =>
        JsonSerializer.Serialize(new { WorkflowName = name, Rules = rules, Samples = samples }, Options);

    public static object Rule(string name, string expression, string? errorMessage = null, string? onSuccess = null, string? onFailure = null) => new
    {
        RuleName = name,
        Expression = expression,
        ErrorMessage = errorMessage,
        Actions = onSuccess is null && onFailure is null ? null : new { OnSuccess = Output(onSuccess), OnFailure = Output(onFailure) },
    };

    public static object Sample(string name, object input, object expect, string asOf = "2025-06-02T08:00:00+02:00", object? parameters = null) =>
        new { Name = name, AsOf = asOf, Input = input, Expect = expect, Parameters = parameters };

    private static object? Output(string? expression) =>
        expression is null ? null : new { Name = "OutputExpression", Context = new { Expression = expression } };
}
