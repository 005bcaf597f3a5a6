using Samverkan.Workflows.Expressions;

namespace Samverkan.Workflows.Tests.Expressions;

public class ExpressionCompilerTests
{
    private readonly ExpressionCompiler _compiler = new();

    private object? Eval(string text, params (string Name, object? Value)[] variables) =>
        _compiler.Compile(text).Evaluate(variables.ToDictionary(v => v.Name, v => v.Value));

    [Theory]
    [InlineData("count > 5", 6L, true)]
    [InlineData("count > 5", 5L, false)]
    [InlineData("count >= 2.5", 3L, true)]
    [InlineData("count >= 2.5", 2.4, false)]
    [InlineData("count == 5", 5.0, true)]
    public void Evaluate_NumberComparison_ComparesAcrossNumericTypes(string text, object value, bool expected)
    {
        Assert.Equal(expected, Eval(text, ("count", value)));
    }

    [Fact]
    public void Evaluate_DecimalAgainstDouble_Compares()
    {
        // Arrange
        var variables = new (string, object?)[] { ("amount", 10.5m), ("limit", 10.25) };

        // Act
        var result = Eval("amount > limit && amount + limit > 20", variables);

        // Assert
        Assert.Equal(true, result);
    }

    [Fact]
    public void Evaluate_DecimalWithRealLiteral_Compares()
    {
        Assert.Equal(true, Eval("amount > 2.5", ("amount", 3m)));
    }

    [Fact]
    public void Evaluate_WrappedInDollarBraces_Unwraps()
    {
        Assert.Equal(true, Eval("${amount > 5 && approved}", ("amount", 6L), ("approved", true)));
        Assert.Equal(false, Eval("#{amount > 5 && approved}", ("amount", 6L), ("approved", false)));
    }

    [Fact]
    public void Evaluate_StringEqualityAndMethods_Work()
    {
        Assert.Equal(true, Eval("status == \"ok\"", ("status", new string(['o', 'k']))));
        Assert.Equal(true, Eval("name.StartsWith(\"a\") and name.Length == 3", ("name", "abc")));
    }

    [Fact]
    public void Evaluate_NestedDictionaryMembers_ReadsValues()
    {
        // Arrange
        var eligibility = new Dictionary<string, object?> { ["passed"] = true, ["score"] = 7L };
        var routing = new Dictionary<string, object?>
        {
            ["group"] = "handläggare",
            ["team"] = new Dictionary<string, object?> { ["name"] = "north" },
        };

        // Act
        var result = Eval("eligibility.passed && eligibility.score > 5 && routing.group == \"handläggare\" && routing.team.name == \"north\"",
            ("eligibility", eligibility), ("routing", routing));

        // Assert
        Assert.Equal(true, result);
    }

    [Fact]
    public void Evaluate_DictionaryWithOddKeys_StillReadsIdentifierKeys()
    {
        // Keys that are not identifiers, or that clash with member names of the generated class, must not break the shape.
        var map = new Dictionary<string, object?> { ["first-name"] = "a", ["Item"] = 1L, ["GetType"] = 2L, ["ok"] = true };

        Assert.Equal(true, Eval("m.ok && m.Item == 1", ("m", map)));
    }

    [Fact]
    public void Evaluate_NullMember_ComparesWithNullAndStrings()
    {
        var routing = new Dictionary<string, object?> { ["group"] = null };
        Assert.Equal(true, Eval("routing.group == null", ("routing", routing)));
        Assert.Equal(false, Eval("routing.group == \"x\"", ("routing", routing)));
    }

    [Fact]
    public void Evaluate_ListAccess_Works()
    {
        var items = new List<object?> { "x", "y" };
        Assert.Equal(true, Eval("items.Count == 2 && items.Contains(\"y\") && items[0] == \"x\"", ("items", items)));
        Assert.Equal(true, Eval("Lists.Contains(items, \"x\")", ("items", items)));
        Assert.Equal(false, Eval("items.Any()", ("items", new List<object?>())));
    }

    [Fact]
    public void Evaluate_ListsJoin_GivesTheItemsAsText()
    {
        var reasons = new List<object?> { "Ingen diagnos.", null, "Inget behov." };
        Assert.Equal("Skäl: Ingen diagnos. Inget behov.", Eval("\"Skäl: \" + Lists.Join(reasons, \" \")", ("reasons", reasons)));
        Assert.Equal("", Eval("Lists.Join(reasons, \", \")", ("reasons", new List<object?>())));
    }

    [Fact]
    public void Evaluate_ListOfDictionaries_SupportsLambdas()
    {
        var people = new List<object?>
        {
            new Dictionary<string, object?> { ["name"] = "Ann", ["age"] = 17L },
            new Dictionary<string, object?> { ["name"] = "Bo", ["age"] = 42L },
        };

        Assert.Equal(true, Eval("people.Any(p => p.age >= 18 && p.name == \"Bo\")", ("people", people)));
        Assert.Equal(1L, Eval("people.Count(p => p.age < 18)", ("people", people)));
    }

    [Fact]
    public void Evaluate_MixedList_ComparesByValue()
    {
        var items = new List<object?> { 1L, new string(['a', 'b']) };
        Assert.Equal(true, Eval("items[1] == \"ab\"", ("items", items)));
    }

    [Fact]
    public void Evaluate_IifTernaryAndArithmetic_Work()
    {
        Assert.Equal("big", Eval("iif(amount * 2 > 10, \"big\", \"small\")", ("amount", 6L)));
        Assert.Equal(7L, Eval("flag ? amount + 1 : 0", ("flag", true), ("amount", 6L)));
        Assert.Equal(2.5, Eval("amount / 2.0", ("amount", 5L)));
    }

    [Fact]
    public void Evaluate_DateTimeOffsets_CompareAndUseHelpers()
    {
        // Arrange
        var now = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));
        var due = now.AddDays(3);

        // Act
        var overdue = Eval("due < now", ("due", due), ("now", now));
        var later = Eval("Dates.AddDays(now, 5) > due", ("due", due), ("now", now));
        var week = Eval("Dates.IsoWeek(now)", ("now", now));

        // Assert
        Assert.Equal(false, overdue);
        Assert.Equal(true, later);
        Assert.Equal("2026-W10", week);
    }

    [Fact]
    public void Evaluate_SplitText_GivesArrayWithLength()
    {
        Assert.Equal(true, Eval("tags.Split(',').Length == 2 && tags.Split(',')[1] == \"b\"", ("tags", "a,b")));
    }

    [Fact]
    public void Evaluate_ResultTypes_AreNormalised()
    {
        Assert.Equal(3L, Eval("1 + 2"));
        Assert.Equal(2L, Eval("items.Count()", ("items", new List<object?> { "a", "b" })));
    }

    [Fact]
    public void Evaluate_UnknownVariable_ThrowsWithName()
    {
        var ex = Assert.Throws<ExpressionException>(() => Eval("x > 5"));
        Assert.Equal("Unknown variable 'x' in expression 'x > 5'", ex.Message);
    }

    [Theory]
    [InlineData("name.Length > 2", null)]
    [InlineData("amount > 5", "text")]
    [InlineData("flag && true", 1L)]
    public void Evaluate_ValuesOfWrongType_ThrowsExpressionException(string text, object? value)
    {
        var variable = text.Split('.', ' ')[0];
        var ex = Assert.Throws<ExpressionException>(() => Eval(text, (variable, value)));
        Assert.Contains(text, ex.Message);
    }

    [Fact]
    public void Evaluate_NullInsideList_ThrowsExpressionException()
    {
        var ex = Assert.Throws<ExpressionException>(() => Eval("items.Any(i => i.Length > 1)", ("items", new List<object?> { "ab", null })));
        Assert.Contains("items.Any", ex.Message);
    }

    [Fact]
    public void Evaluate_HelperThrows_ThrowsExpressionException()
    {
        var ex = Assert.Throws<ExpressionException>(() => Eval("Dates.Parse(text) > now", ("text", "not a date"), ("now", DateTimeOffset.UnixEpoch)));
        Assert.Contains("not a date", ex.Message);
    }

    [Fact]
    public void Evaluate_DivisionByZero_ThrowsExpressionException()
    {
        Assert.Throws<ExpressionException>(() => Eval("a / b", ("a", 1L), ("b", 0L)));
    }

    [Fact]
    public void Compile_SameText_ReturnsSameInstanceAndVariables()
    {
        var first = _compiler.Compile("${a > b && c.d}");
        var second = _compiler.Compile("${a > b && c.d}");

        Assert.Same(first, second);
        Assert.Equal(["a", "b", "c"], first.VariableNames);
    }

    [Fact]
    public void Compile_LambdaParameters_AreNotVariables()
    {
        var compiled = _compiler.Compile("items.Any(x => x == limit)");
        Assert.Equal(["items", "limit"], compiled.VariableNames);
    }
}
