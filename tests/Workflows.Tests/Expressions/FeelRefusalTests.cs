using Samverkan.Workflows.Expressions;

namespace Samverkan.Workflows.Tests.Expressions;

public class FeelRefusalTests
{
    [Theory]
    [InlineData("=for x in items return x * 2", "FEEL 'for ... in ... return' at position 2 is not supported")]
    [InlineData("=some x in xs, y in ys satisfies x = y", "FEEL 'some' with several 'in' clauses at position 14 is not supported")]
    [InlineData("=every x in xs, y in ys satisfies x = y", "FEEL 'every' with several 'in' clauses at position 15 is not supported")]
    [InlineData("=function(a) a + 1", "FEEL 'function' definition at position 2 is not supported")]
    [InlineData("={a: 1}", "FEEL context literal '{...}' at position 2 is not supported")]
    [InlineData("=items[item > 5]", "FEEL filter 'list[condition]' at position 8 is not supported")]
    [InlineData("=x instance of number", "FEEL 'instance of' at position 4 is not supported")]
    [InlineData("=2 ** 3", "FEEL '**' (exponentiation) at position 4 is not supported")]
    [InlineData("=is defined(x)", "FEEL 'is defined(...)' at position 2 is not supported")]
    [InlineData("=abs(x)", "FEEL function 'abs(...)' at position 2 is not supported")]
    [InlineData("=day of week(d)", "FEEL function 'day of week(...)' at position 2 is not supported")]
    [InlineData("=duration(\"P1M\")", "FEEL years and months duration \"P1M\" at position 11 is not supported")]
    [InlineData("=@\"10:00:00\"", "FEEL time literal '@\"10:00:00\"' at position 2 is not supported")]
    [InlineData("=string join(list: xs)", "FEEL named parameter 'list:' in string join(...) at position 14 is not supported")]
    [InlineData("=it > 5", "FEEL variable name 'it' at position 2 is not supported")]
    [InlineData("=Dates", "FEEL variable name 'Dates' at position 2 is not supported")]
    [InlineData("=`order total` > 5", "FEEL name 'order total' at position 2 is not supported")]
    [InlineData("=[1..5]", "FEEL range '[..]' at position 2 is not supported")]
    [InlineData("=< 5", "FEEL unary test '< ...' at position 2 is not supported")]
    public void ToExpression_UnsupportedConstruct_NamesItAndItsPosition(string feel, string expected)
    {
        var error = Assert.Throws<ExpressionException>(() => Feel.ToExpression(feel));

        Assert.StartsWith(expected, error.Message);
        Assert.Contains($"(in '{feel}')", error.Message);
    }

    [Theory]
    [InlineData("=", "FEEL syntax error at position 2 in '=': the expression is empty")]
    [InlineData("=amount >", "FEEL syntax error at position 10 in '=amount >': an expression is expected at the end")]
    [InlineData("=(a + b", "FEEL syntax error at position 8 in '=(a + b': ')' expected at the end")]
    [InlineData("=\"open", "FEEL syntax error at position 2 in '=\"open': a string is not closed with '\"'")]
    [InlineData("=a # b", "FEEL syntax error at position 4 in '=a # b': unexpected character '#'")]
    [InlineData("=if a then b", "FEEL syntax error at position 13 in '=if a then b': 'else' expected at the end")]
    [InlineData("=items[0]", "FEEL syntax error at position 8 in '=items[0]': a list index is a whole number from 1 (FEEL lists start at 1), not 0")]
    [InlineData("=a b", "FEEL syntax error at position 4 in '=a b': unexpected 'b'")]
    [InlineData("=string length(a, b)", "FEEL syntax error at position 2 in '=string length(a, b)': string length(...) takes 1 argument(s), not 2")]
    [InlineData("=duration(\"3 days\")", "FEEL syntax error at position 11 in '=duration(\"3 days\")': \"3 days\" is not an ISO-8601 duration")]
    public void ToExpression_SyntaxError_SaysWhereAndWhat(string feel, string expected)
    {
        var error = Assert.Throws<ExpressionException>(() => Feel.ToExpression(feel));

        Assert.StartsWith(expected, error.Message);
    }

    [Fact]
    public void Evaluate_IndexBeyondTheList_SaysSo()
    {
        var compiled = new ExpressionCompiler().Compile(Feel.ToExpression("=items[i]"));
        var variables = new Dictionary<string, object?> { ["items"] = new List<object?> { "a" }, ["i"] = 3L };

        var error = Assert.Throws<ExpressionException>(() => compiled.Evaluate(variables));

        Assert.Contains("List index 3 is outside the list of 1 item(s); FEEL lists start at 1", error.Message);
    }

    [Fact]
    public void Evaluate_MissingVariable_IsAnErrorAsInSamverkan()
    {
        var compiled = new ExpressionCompiler().Compile(Feel.ToExpression("=x = null"));

        var error = Assert.Throws<ExpressionException>(() => compiled.Evaluate(new Dictionary<string, object?>()));

        Assert.Contains("Unknown variable 'x'", error.Message);
    }
}
