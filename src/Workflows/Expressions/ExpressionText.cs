namespace Samverkan.Workflows.Expressions;

/// <summary>Recognises and unwraps <c>${...}</c> / <c>#{...}</c> expression text.</summary>
public static class ExpressionText
{
    /// <summary>True when the attribute value contains an expression; Camunda treats everything else as a literal.</summary>
    public static bool IsExpression(string? value) =>
        value is not null && (value.Contains("${", StringComparison.Ordinal) || value.Contains("#{", StringComparison.Ordinal));

    /// <summary>Strips a surrounding <c>${...}</c> or <c>#{...}</c>; bare text is returned trimmed.</summary>
    public static string Unwrap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("${", StringComparison.Ordinal) && !trimmed.StartsWith("#{", StringComparison.Ordinal))
        {
            return trimmed;
        }

        if (!trimmed.EndsWith('}'))
        {
            throw new ExpressionException($"'{trimmed[..2]}' is not closed with '}}' in expression '{text}'");
        }

        return trimmed[2..^1].Trim();
    }
}
