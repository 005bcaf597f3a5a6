using System.Text;

namespace Samverkan.Workflows.Expressions;

/// <summary>Translates FEEL (Camunda 8's expression language) to Samverkan expression text; see "FEEL (Camunda 8)" in README.md for the subset.</summary>
public static class Feel
{
    /// <summary>True when the value is FEEL as Camunda 8 writes it in attributes: its trimmed text starts with '='.</summary>
    public static bool IsFeel(string? value) => value is not null && value.AsSpan().TrimStart().StartsWith("=", StringComparison.Ordinal);

    /// <summary>
    /// The equivalent Samverkan expression, wrapped as <c>${...}</c> so that every consumer of expression text compiles it
    /// unchanged. The leading '=' is optional (a condition in language "feel" may omit it).
    /// </summary>
    /// <exception cref="ExpressionException">A syntax error or an unsupported construct; the message names it and its position.</exception>
    public static string ToExpression(string feel)
    {
        ArgumentNullException.ThrowIfNull(feel);
        var start = 0;
        while (start < feel.Length && char.IsWhiteSpace(feel[start]))
        {
            start++;
        }

        if (start < feel.Length && feel[start] == '=')
        {
            start++;
        }

        var tree = FeelParser.Parse(feel, start);
        return "${" + new FeelPrinter(feel).Print(tree) + "}";
    }

    internal static ExpressionException SyntaxError(string text, int position, string problem) =>
        new($"FEEL syntax error at position {position + 1} in '{text}': {problem}");

    internal static ExpressionException Unsupported(string text, string construct, int position, string advice) =>
        new($"FEEL {construct} at position {position + 1} is not supported; {advice} (in '{text}')");

    /// <summary>A string value as a Dynamic LINQ string literal.</summary>
    internal static string StringLiteral(string value)
    {
        var literal = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            literal.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return literal.Append('"').ToString();
    }
}
