using Samverkan.Workflows.Expressions;

namespace Samverkan.Workflows.Tests.Expressions;

public class ExpressionTextTests
{
    [Theory]
    [InlineData("${assignee}", true)]
    [InlineData("#{assignee}", true)]
    [InlineData("prefix-${x}", true)]
    [InlineData("kermit", false)]
    [InlineData("$ {x}", false)]
    [InlineData(null, false)]
    public void IsExpression_Text_DetectsWrapper(string? text, bool expected)
    {
        Assert.Equal(expected, ExpressionText.IsExpression(text));
    }

    [Theory]
    [InlineData(" ${ a > 1 } ", "a > 1")]
    [InlineData("#{a}", "a")]
    [InlineData("a > 1", "a > 1")]
    public void Unwrap_Text_StripsWrapper(string text, string expected)
    {
        Assert.Equal(expected, ExpressionText.Unwrap(text));
    }

    [Fact]
    public void Unwrap_Unclosed_Throws()
    {
        Assert.Throws<ExpressionException>(() => ExpressionText.Unwrap("${a > 1"));
    }
}
