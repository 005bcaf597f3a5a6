using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Tests.Expressions;

public class ExpressionCheckerTests
{
    private readonly ExpressionChecker _checker = new(new ExpressionCompiler());

    [Theory]
    [InlineData("amount > 5")]
    [InlineData("${amount > 5}")]
    [InlineData("#{approved}")]
    [InlineData("eligibility.passed")]
    [InlineData("routing.group == \"x\"")]
    [InlineData("items.Count > 0 && flag")]
    [InlineData("items.Contains(\"x\") || items[0] == 'y'")]
    [InlineData("iif(a, b, c)")]
    [InlineData("a ? 1 : 2.5e3")]
    [InlineData("!approved and not rejected or x != null")]
    [InlineData("np(a.b.c) ?? \"none\"")]
    [InlineData("people.Any(p => p.age >= 18)")]
    [InlineData("Dates.AddWorkingDays(now, 3) > due")]
    [InlineData("Dates.IsoWeek(now) == \"2026-W53\"")]
    [InlineData("Lists.Contains(groups, \"admin\")")]
    [InlineData("(a + b) * -c % 2 >= 10m")]
    [InlineData("status in (\"a\", \"b\")")]
    [InlineData("name.ToUpper().Trim() == \"X\"")]
    public void CheckExpression_Valid_ReturnsNull(string text)
    {
        Assert.Null(_checker.CheckExpression(text));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("${}", "empty")]
    [InlineData("${amount > 5", "not closed")]
    [InlineData("(amount > 5", "')' expected")]
    [InlineData("amount > 5)", "unexpected ')'")]
    [InlineData("items[0 == 1", "']' expected")]
    [InlineData("status == \"ok", "unterminated string")]
    [InlineData("amount >", "expression expected")]
    [InlineData("amount # 5", "unexpected character '#'")]
    [InlineData("a b", "unexpected 'b'")]
    [InlineData("a ? b", "':' expected")]
    [InlineData("12abc > 1", "invalid number")]
    [InlineData("foo(1)", "unknown function 'foo'")]
    [InlineData("Dates.Tomorrow(now)", "no function 'Tomorrow'")]
    [InlineData("Dates.AddDays(now)", "takes 2 argument(s), not 1")]
    [InlineData("x.GetType()", "'GetType' is not allowed")]
    [InlineData("new (a as b)", "'new' is not allowed")]
    [InlineData("Math.Abs(a)", "type 'Math' cannot be used")]
    [InlineData("a.", "member name expected")]
    public void CheckExpression_Invalid_ReturnsMessage(string text, string expected)
    {
        var message = _checker.CheckExpression(text);

        Assert.NotNull(message);
        Assert.Contains(expected, message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void CheckExpression_SyntaxError_ReportsPosition()
    {
        var message = _checker.CheckExpression("amount > 5 && (b");

        Assert.Equal("Syntax error at position 17 in expression 'amount > 5 && (b': ')' expected at the end", message);
    }

    [Theory]
    [InlineData(TimerKind.Date, "2026-03-01T08:00:00+01:00")]
    [InlineData(TimerKind.Date, "2026-03-01T08:00:00")]
    [InlineData(TimerKind.Duration, "PT1H30M")]
    [InlineData(TimerKind.Cycle, "R3/P7D")]
    [InlineData(TimerKind.Cycle, "0 0 9 ? * MON-FRI")]
    [InlineData(TimerKind.Duration, "${Dates.Days(reminderDays)}")]
    public void CheckTimer_Valid_ReturnsNull(TimerKind kind, string value)
    {
        Assert.Null(_checker.CheckTimer(kind, value));
    }

    [Theory]
    [InlineData(TimerKind.Date, "tomorrow")]
    [InlineData(TimerKind.Duration, "1 hour")]
    [InlineData(TimerKind.Cycle, "R3/P7X")]
    [InlineData(TimerKind.Cycle, "0 0 9 * *")]
    [InlineData(TimerKind.Duration, "${Dates.Days(x}")]
    public void CheckTimer_Invalid_ReturnsMessage(TimerKind kind, string value)
    {
        Assert.NotNull(_checker.CheckTimer(kind, value));
    }
}
