using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Expressions;

/// <summary>Deploy-time checks: everything about an expression or timer that can be known without the variables' values.</summary>
/// <remarks>
/// Types are unknown until run time, so expressions get the structural check of <see cref="ExpressionCompiler.Compile"/>
/// (syntax, forbidden constructs, helper names and argument counts) but no type check.
/// </remarks>
public sealed class ExpressionChecker(ExpressionCompiler compiler) : IExpressionChecker
{
    public string? CheckExpression(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            compiler.Compile(text);
            return null;
        }
        catch (ExpressionException ex)
        {
            return ex.Message;
        }
    }

    public string? CheckTimer(TimerKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (ExpressionText.IsExpression(value))
        {
            return CheckExpression(value);
        }

        return TimerSpec.TryParse(kind, value, out _, out var error) ? null : error;
    }
}
