using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Abstractions;

/// <summary>Deploy-time checks of expression and timer text; null means "fine as far as can be known before running".</summary>
public interface IExpressionChecker
{
    /// <summary>Checks an expression written bare or as <c>${...}</c>.</summary>
    string? CheckExpression(string text);

    /// <summary>Checks a timer value: a literal ISO-8601 date, duration or cycle (or cron), or an <c>${expression}</c>.</summary>
    string? CheckTimer(TimerKind kind, string value);
}
