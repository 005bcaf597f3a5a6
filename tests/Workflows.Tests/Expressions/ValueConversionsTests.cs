using Samverkan.Workflows.Expressions;

namespace Samverkan.Workflows.Tests.Expressions;

public class ValueConversionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 27, 10, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void ToBoolean_Bool_ReturnsIt()
    {
        Assert.True(ValueConversions.ToBoolean(true));
        Assert.False(ValueConversions.ToBoolean(false));
    }

    [Theory]
    [InlineData(null, "null")]
    [InlineData("true", "the text 'true'")]
    [InlineData(1L, "Int64 1")]
    public void ToBoolean_NotBool_ThrowsSayingWhatCame(object? value, string described)
    {
        var ex = Assert.Throws<ExpressionException>(() => ValueConversions.ToBoolean(value, "${x}"));

        Assert.Equal($"Condition '${{x}}' gave {described}, not true/false", ex.Message);
    }

    [Fact]
    public void ToStringList_CommaText_SplitsAndTrims()
    {
        Assert.Equal(["a", "b"], ValueConversions.ToStringList(" a, b ,,"));
        Assert.Equal(["x", "y"], ValueConversions.ToStringList(new List<object?> { "x", " y" }));
        Assert.Empty(ValueConversions.ToStringList(null));
    }

    [Fact]
    public void ToStringList_ListWithNumber_Throws()
    {
        Assert.Throws<ExpressionException>(() => ValueConversions.ToStringList(new List<object?> { "x", 1L }));
        Assert.Throws<ExpressionException>(() => ValueConversions.ToStringList(5L));
    }

    [Fact]
    public void ToDateTimeOffset_SupportedValues_Convert()
    {
        var at = new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.FromHours(2));

        Assert.Equal(at, ValueConversions.ToDateTimeOffset(at, Now));
        Assert.Equal(at, ValueConversions.ToDateTimeOffset("2026-04-01T08:00:00", Now));
        Assert.Equal(Now.AddHours(3), ValueConversions.ToDateTimeOffset("PT3H", Now));
        Assert.Equal(Now.AddDays(1), ValueConversions.ToDateTimeOffset(TimeSpan.FromDays(1), Now));
        Assert.Null(ValueConversions.ToDateTimeOffset(null, Now));
        Assert.Null(ValueConversions.ToDateTimeOffset(" ", Now));
    }

    [Fact]
    public void ToDateTimeOffset_Garbage_Throws()
    {
        Assert.Throws<ExpressionException>(() => ValueConversions.ToDateTimeOffset("tomorrow", Now));
        Assert.Throws<ExpressionException>(() => ValueConversions.ToDateTimeOffset(5L, Now));
    }

    [Fact]
    public void ToEnumerable_Lists_ReturnItems()
    {
        Assert.Equal([1L, 2L], ValueConversions.ToEnumerable(new List<object?> { 1L, 2L }));
        Assert.Equal(["a"], ValueConversions.ToEnumerable(new List<string> { "a" }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("a,b")]
    [InlineData(3L)]
    public void ToEnumerable_NotACollection_Throws(object? value)
    {
        Assert.Throws<ExpressionException>(() => ValueConversions.ToEnumerable(value));
    }

    [Theory]
    [InlineData(3L, 3)]
    [InlineData(3.0, 3)]
    [InlineData(" 42 ", 42)]
    [InlineData(7, 7)]
    public void ToInt_WholeNumbers_Convert(object value, int expected)
    {
        Assert.Equal(expected, ValueConversions.ToInt(value));
    }

    [Theory]
    [InlineData(3.5)]
    [InlineData(5_000_000_000L)]
    [InlineData("x")]
    [InlineData(null)]
    public void ToInt_NotAWholeInt_Throws(object? value)
    {
        Assert.Throws<ExpressionException>(() => ValueConversions.ToInt(value));
    }
}
