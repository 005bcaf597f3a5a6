namespace Samverkan.Workflows.Expressions;

/// <summary>The only types whose static functions expressions may call.</summary>
internal static class ExpressionHelpers
{
    public static IReadOnlyDictionary<string, Type> ByName { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["Dates"] = typeof(Dates),
        ["Lists"] = typeof(Lists),
        ["FeelFunctions"] = typeof(FeelFunctions),
    };
}
