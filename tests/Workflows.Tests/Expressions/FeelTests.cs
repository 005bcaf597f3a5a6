using Samverkan.Workflows.Expressions;

namespace Samverkan.Workflows.Tests.Expressions;

public class FeelTests
{
    private readonly ExpressionCompiler _compiler = new();

    private object? Eval(string feel, params (string Name, object? Value)[] variables) =>
        _compiler.Compile(Feel.ToExpression(feel)).Evaluate(variables.ToDictionary(v => v.Name, v => v.Value));

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    [Theory]
    [InlineData("=x", true)]
    [InlineData("  = amount > 5", true)]
    [InlineData("${amount > 5}", false)]
    [InlineData("amount", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsFeel_LeadingEquals_Recognised(string? value, bool expected)
    {
        Assert.Equal(expected, Feel.IsFeel(value));
    }

    [Theory]
    [InlineData("=amount > 100", "${(amount > 100)}")]
    [InlineData("=customer.age >= 18", "${(customer.age >= 18)}")]
    [InlineData("=status = \"ok\"", "${(status == \"ok\")}")]
    [InlineData("=items[1]", "${items[0]}")]
    [InlineData("=items[-1]", "${items[items.Count() - 1]}")]
    [InlineData("=a != b and not(c) or d", "${(((a != b) && !(c)) || d)}")]
    [InlineData("=if x then 1 else 2", "${iif(x, 1, 2)}")]
    [InlineData("=some r in risks satisfies r = \"red\"", "${risks.Any(r => (r == \"red\"))}")]
    [InlineData("=every r in risks satisfies r = \"yellow\"", "${risks.All(r => (r == \"yellow\"))}")]
    [InlineData("=[\"green\"]", "${FeelFunctions.List(\"green\")}")]
    [InlineData("=[]", "${FeelFunctions.List()}")]
    [InlineData("=[1, 2, x]", "${FeelFunctions.List(1, 2, x)}")]
    [InlineData("=string join(xs, \", \")", "${Lists.Join(xs, \", \")}")]
    [InlineData("=string join(xs)", "${Lists.Join(xs, \"\")}")]
    public void ToExpression_Construct_TranslatesToDynamicLinq(string feel, string expected)
    {
        Assert.Equal(expected, Feel.ToExpression(feel));
    }

    [Theory]
    [InlineData("=amount > 100", 150L, true)]
    [InlineData("=amount > 100", 100L, false)]
    [InlineData("=amount >= 100", 100L, true)]
    [InlineData("=amount < 100.5", 100L, true)]
    [InlineData("=amount <= 99", 100L, false)]
    [InlineData("=amount = 100", 100L, true)]
    [InlineData("=amount != 100", 100L, false)]
    [InlineData("=amount > 2.5", 3.0, true)]
    public void Evaluate_Comparison_ComparesNumbers(string feel, object amount, bool expected)
    {
        Assert.Equal(expected, Eval(feel, ("amount", amount)));
    }

    [Fact]
    public void Evaluate_Path_ReadsNestedMembers()
    {
        var customer = Map(("address", Map(("city", "Umeå"))), ("age", 17L));

        Assert.Equal("Umeå", Eval("=customer.address.city", ("customer", customer)));
        Assert.Equal(false, Eval("=customer.age >= 18", ("customer", customer)));
    }

    [Fact]
    public void Evaluate_ListIndex_IsOneBased()
    {
        var items = new List<object?> { "a", "b", "c" };

        Assert.Equal("a", Eval("=items[1]", ("items", items)));
        Assert.Equal("c", Eval("=items[3]", ("items", items)));
        Assert.Equal("c", Eval("=items[-1]", ("items", items)));
        Assert.Equal("b", Eval("=items[-2]", ("items", items)));
        Assert.Equal("b", Eval("=items[i]", ("items", items), ("i", 2L)));
    }

    [Fact]
    public void Evaluate_IndexThenMember_ReadsItem()
    {
        var orders = new List<object?> { Map(("amount", 5L)), Map(("amount", 7L)) };

        Assert.Equal(7L, Eval("=orders[2].amount", ("orders", orders)));
    }

    [Theory]
    [InlineData("=\"a\\\"b\"", "a\"b")]
    [InlineData("=\"back\\\\slash\"", "back\\slash")]
    [InlineData("=\"line\\nbreak\"", "line\nbreak")]
    [InlineData("=\"\\u00e5\"", "å")]
    [InlineData("=\"it's\"", "it's")]
    public void Evaluate_StringWithEscapes_GivesTheText(string feel, string expected)
    {
        Assert.Equal(expected, Eval(feel));
    }

    [Fact]
    public void Evaluate_Literals_GiveTheirValues()
    {
        Assert.Equal(true, Eval("=true"));
        Assert.Equal(false, Eval("=false"));
        Assert.Null(Eval("=null"));
        Assert.Equal(0.5, Eval("=.5"));
        Assert.Equal(-3, Convert.ToInt32(Eval("=-3")));
    }

    [Theory]
    [InlineData("=some risk in riskLevels satisfies risk = \"red\"", true)]
    [InlineData("=some risk in riskLevels satisfies risk = \"blue\"", false)]
    [InlineData("=every risk in riskLevels satisfies risk = \"yellow\"", false)]
    [InlineData("=every risk in riskLevels satisfies string length(risk) >= 3", true)]
    public void Evaluate_Quantified_TestsTheItems(string feel, bool expected)
    {
        var riskLevels = new List<object?> { "yellow", "red" };

        Assert.Equal(expected, Eval(feel, ("riskLevels", riskLevels)));
    }

    [Fact]
    public void Evaluate_QuantifiedOverAnEmptyList_SomeIsFalseEveryIsTrue()
    {
        Assert.Equal(false, Eval("=some r in rs satisfies r = \"red\"", ("rs", new List<object?>())));
        Assert.Equal(true, Eval("=every r in rs satisfies r = \"red\"", ("rs", new List<object?>())));
    }

    [Fact]
    public void Evaluate_QuantifiedOverMaps_ReadsTheirMembers()
    {
        var people = new List<object?> { Map(("age", 17L)), Map(("age", 40L)) };

        Assert.Equal(true, Eval("=some p in people satisfies p.age >= limit", ("people", people), ("limit", 18L)));
        Assert.Equal(false, Eval("=every p in people satisfies p.age >= limit", ("people", people), ("limit", 18L)));
    }

    [Fact]
    public void Compile_QuantifiedVariable_IsNotAFreeVariable()
    {
        var compiled = _compiler.Compile(Feel.ToExpression("=some risk in riskLevels satisfies risk = level"));

        Assert.Equal(["riskLevels", "level"], compiled.VariableNames);
    }

    [Fact]
    public void Evaluate_QuantifiedVariable_ShadowsAVariableOfTheSameName()
    {
        var values = new List<object?> { 1L, 5L };

        Assert.Equal(true, Eval("=some x in xs satisfies x > 3", ("xs", values), ("x", 0L)));
    }

    [Fact]
    public void Evaluate_QuantifiedInsideACondition_CombinesWithAnd()
    {
        var risks = new List<object?> { "green" };

        Assert.Equal(true, Eval("=approved and every r in risks satisfies r = \"green\"", ("approved", true), ("risks", risks)));
    }
}
