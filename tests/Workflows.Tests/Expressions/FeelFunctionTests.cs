using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Tests.Expressions;

public class FeelFunctionTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 14, 30, 0, TimeSpan.FromHours(1));
    private readonly ExpressionCompiler _compiler = new();

    private object? Eval(string feel, params (string Name, object? Value)[] variables)
    {
        var values = variables.ToDictionary(v => v.Name, v => v.Value);
        values.TryAdd("now", Now);
        return _compiler.Compile(Feel.ToExpression(feel)).Evaluate(values);
    }

    [Theory]
    [InlineData("=a + b * 2", 8L)]
    [InlineData("=(a + b) * 2", 10L)]
    [InlineData("=a - b - 1", -2L)]
    [InlineData("=-a + b", 1L)]
    [InlineData("=-(a - b)", 1L)]
    public void Evaluate_Arithmetic_FollowsPrecedence(string feel, long expected)
    {
        Assert.Equal(expected, Convert.ToInt64(Eval(feel, ("a", 2L), ("b", 3L))));
    }

    [Fact]
    public void Evaluate_Division_IsNotIntegerDivision()
    {
        Assert.Equal(3.5, Eval("=a / b", ("a", 7L), ("b", 2L)));
        Assert.Equal(true, Eval("=a / b = 3.5", ("a", 7L), ("b", 2L)));
    }

    [Fact]
    public void Evaluate_DivisionOfADecimal_Compares()
    {
        Assert.Equal(true, Eval("=amount / 2 > 1.25", ("amount", 3m)));
        Assert.Equal(false, Eval("=amount / 2 > 1.5", ("amount", 3m)));
    }

    [Fact]
    public void Evaluate_StringPlusString_Concatenates()
    {
        Assert.Equal("Anna Svensson", Eval("=first + \" \" + last", ("first", "Anna"), ("last", "Svensson")));
    }

    [Theory]
    [InlineData(5L, true)]
    [InlineData(10L, true)]
    [InlineData(11L, false)]
    [InlineData(4L, false)]
    public void Evaluate_Between_IsInclusive(long age, bool expected)
    {
        Assert.Equal(expected, Eval("=age between 5 and 10", ("age", age)));
    }

    [Theory]
    [InlineData("=x in [1, 2, 3]", 2L, true)]
    [InlineData("=x in [1, 2, 3]", 4L, false)]
    [InlineData("=x in (1, 2)", 1L, true)]
    [InlineData("=x in [1..5]", 5L, true)]
    [InlineData("=x in [1..5)", 5L, false)]
    [InlineData("=x in (1..5]", 1L, false)]
    [InlineData("=x in ]1..5[", 3L, true)]
    [InlineData("=x in > 3", 4L, true)]
    [InlineData("=x in [< 0, > 10]", 11L, true)]
    [InlineData("=x in [< 0, > 10]", 5L, false)]
    [InlineData("=x in 7", 7L, true)]
    public void Evaluate_In_TestsEachAlternative(string feel, long x, bool expected)
    {
        Assert.Equal(expected, Eval(feel, ("x", x)));
    }

    [Fact]
    public void Evaluate_InVariableList_TestsMembership()
    {
        var codes = new List<object?> { "A1", "B2" };

        Assert.Equal(true, Eval("=code in codes", ("code", "B2"), ("codes", codes)));
        Assert.Equal(false, Eval("=code in codes", ("code", "C3"), ("codes", codes)));
        Assert.Equal(true, Eval("=code in [\"A1\", \"B2\"]", ("code", "A1")));
        Assert.Equal(true, Eval("=list contains(codes, \"A1\")", ("codes", codes)));
    }

    [Fact]
    public void Evaluate_ListFunctions_Aggregate()
    {
        var amounts = new List<object?> { 3L, 9L, 4L };

        Assert.Equal(3, Convert.ToInt32(Eval("=count(amounts)", ("amounts", amounts))));
        Assert.Equal(16.0, Eval("=sum(amounts)", ("amounts", amounts)));
        Assert.Equal(3L, Eval("=min(amounts)", ("amounts", amounts)));
        Assert.Equal(9L, Eval("=max(amounts)", ("amounts", amounts)));
        Assert.Equal(true, Eval("=sum(amounts) > 15", ("amounts", amounts)));
        Assert.Equal(0.0, Eval("=sum(amounts)", ("amounts", new List<object?>())));
        Assert.Equal(9L, Eval("=max(a, b, c)", ("a", 3L), ("b", 9L), ("c", 4L)));
        Assert.Equal(3L, Eval("=min(a, b)", ("a", 3L), ("b", 9L)));
    }

    [Fact]
    public void Evaluate_StringFunctions_WorkOnText()
    {
        Assert.Equal(5, Convert.ToInt32(Eval("=string length(s)", ("s", "Kalix"))));
        Assert.Equal("KALIX", Eval("=upper case(s)", ("s", "Kalix")));
        Assert.Equal("kalix", Eval("=lower case(s)", ("s", "Kalix")));
        Assert.Equal(true, Eval("=contains(s, \"li\")", ("s", "Kalix")));
        Assert.Equal(true, Eval("=starts with(s, \"Ka\")", ("s", "Kalix")));
        Assert.Equal(false, Eval("=ends with(s, \"Ka\")", ("s", "Kalix")));
        Assert.Equal("ali", Eval("=substring(s, 2, 3)", ("s", "Kalix")));
        Assert.Equal("ix", Eval("=substring(s, -2)", ("s", "Kalix")));
        Assert.Equal("42", Eval("=string(n)", ("n", 42L)));
        Assert.Equal(12.5, Eval("=number(\"12.5\")"));
    }

    [Fact]
    public void Evaluate_NotAndOr_CombineConditions()
    {
        Assert.Equal(true, Eval("=not(a) and (b or a)", ("a", false), ("b", true)));
        Assert.Equal(false, Eval("=not(a = 1)", ("a", 1L)));
    }

    [Fact]
    public void Evaluate_IfThenElse_ChoosesBranch()
    {
        Assert.Equal("high", Eval("=if amount > 100 then \"high\" else \"low\"", ("amount", 150L)));
        Assert.Equal("low", Eval("=if amount > 100 then \"high\" else \"low\"", ("amount", 50L)));
    }

    [Fact]
    public void Evaluate_NowAndToday_UseTheEnginesNow()
    {
        Assert.Equal(Now, Eval("=now()"));
        Assert.Equal(new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.FromHours(1)), Eval("=today()"));
        Assert.Equal(true, Eval("=today() < now()"));
    }

    [Fact]
    public void Evaluate_DatesAndDurations_CompareAndAdd()
    {
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 10, 0, 0, TimeSpan.FromHours(1)), Eval("=date and time(\"2025-01-01T10:00:00\")"));
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.FromHours(2)), Eval("=date(\"2025-06-01\")"));
        Assert.Equal(TimeSpan.FromDays(3), Eval("=duration(\"P3D\")"));
        Assert.Equal(TimeSpan.FromMinutes(-90), Eval("=duration(\"-PT1H30M\")"));
        Assert.Equal(Now + TimeSpan.FromDays(3), Eval("=now() + duration(\"P3D\")"));
        Assert.Equal(true, Eval("=date(\"2025-03-01\") < today()"));
        Assert.Equal(true, Eval("=due - now() > duration(\"PT1H\")", ("due", Now.AddHours(2))));
        Assert.Equal(new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.FromHours(1)), Eval("=date(now())"));
        Assert.Equal(TimeSpan.FromDays(2), Eval("=@\"P2D\""));
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.FromHours(1)), Eval("=@\"2025-01-02\""));
    }

    [Fact]
    public void Evaluate_DateVariables_SubtractThroughADateFunction()
    {
        var start = Now.AddDays(-2);

        Assert.Equal(TimeSpan.FromDays(2), Eval("=date and time(due) - start", ("due", Now), ("start", start)));
        Assert.Equal(true, Eval("=now() - start >= duration(\"P2D\")", ("start", start)));
    }

    [Fact]
    public void Evaluate_NullComparison_WorksOnNullAndText()
    {
        Assert.Equal(true, Eval("=x = null", ("x", null)));
        Assert.Equal(false, Eval("=x = null", ("x", "a")));
        Assert.Equal(true, Eval("=x != null", ("x", "a")));
    }

    [Fact]
    public void Evaluate_TimerValues_AreTimersWhenTranslated()
    {
        var duration = TimerSpec.FromValue(TimerKind.Duration, Eval("=duration(\"PT15M\")"));
        var date = TimerSpec.FromValue(TimerKind.Date, Eval("=date and time(\"2025-03-11T09:00:00\")"));

        Assert.Equal(Now.AddMinutes(15), duration.FirstDue(Now));
        Assert.Equal(new DateTimeOffset(2025, 3, 11, 9, 0, 0, TimeSpan.FromHours(1)), date.FirstDue(Now));
    }

    [Fact]
    public void Evaluate_CommentsAndWhitespace_AreIgnored()
    {
        Assert.Equal(true, Eval("= // the limit\n amount /* kr */ > 5", ("amount", 6L)));
    }

    [Fact]
    public void Evaluate_StringJoin_JoinsWithTheDelimiterOrNothing()
    {
        var risks = new List<object?> { "red", "yellow" };

        Assert.Equal("red, yellow", Eval("=string join(risks, \", \")", ("risks", risks)));
        Assert.Equal("redyellow", Eval("=string join(risks)", ("risks", risks)));
        Assert.Equal("", Eval("=string join(risks, \", \")", ("risks", new List<object?>())));
        Assert.Equal("a-b", Eval("=string join([\"a\", null, \"b\"], \"-\")"));
    }

    [Fact]
    public void Evaluate_ListLiteral_IsAListOfTheItems()
    {
        Assert.Equal(new List<object?> { "green" }, Eval("=[\"green\"]"));
        Assert.Equal(new List<object?>(), Eval("=[]"));
        Assert.Equal(new List<object?> { null }, Eval("=[null]"));
        Assert.Equal(new List<object?> { 1L, 2L, "c" }, Eval("=[1, 2, x]", ("x", "c")));
        Assert.Equal(2L, Eval("=count([\"a\", \"b\"])"));
        Assert.Equal(true, Eval("=list contains([1, 2], x)", ("x", 2L)));
    }

    [Fact]
    public void Evaluate_ListLiteralInTheElseBranch_AgreesWithAListVariable()
    {
        const string feel = "=if result != null then result.riskLevel else [\"green\"]";
        var result = new Dictionary<string, object?> { ["riskLevel"] = new List<object?> { "red", "yellow" } };

        Assert.Equal(new List<object?> { "red", "yellow" }, Eval(feel, ("result", result)));
        Assert.Equal(new List<object?> { "green" }, Eval("=if checkedRisk then result.riskLevel else [\"green\"]", ("checkedRisk", false), ("result", result)));
        Assert.Equal(new List<object?>(), Eval("=if checkedRisk then result.riskLevel else []", ("checkedRisk", false), ("result", result)));
    }

    [Fact]
    public void Evaluate_ListLiteralWrittenToAVariable_ReadsBackAsAList()
    {
        var stored = VariableValues.Normalize(Eval("=[\"green\", \"red\"]"));

        Assert.Equal(2L, Eval("=count(levels)", ("levels", stored)));
        Assert.Equal(true, Eval("=some l in levels satisfies l = \"red\"", ("levels", stored)));
        Assert.Equal("green/red", Eval("=string join(levels, \"/\")", ("levels", stored)));
    }
}
