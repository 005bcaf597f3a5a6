using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Tests;

/// <summary>Rejects any text containing "BAD" and remembers what it was asked.</summary>
internal sealed class FakeExpressionChecker : IExpressionChecker
{
    public List<string> Expressions { get; } = [];
    public List<(TimerKind Kind, string Value)> Timers { get; } = [];

    public string? CheckExpression(string text)
    {
        Expressions.Add(text);
        return text.Contains("BAD", StringComparison.Ordinal) ? "bad expression" : null;
    }

    public string? CheckTimer(TimerKind kind, string value)
    {
        Timers.Add((kind, value));
        return value.Contains("BAD", StringComparison.Ordinal) ? "bad timer" : null;
    }
}
