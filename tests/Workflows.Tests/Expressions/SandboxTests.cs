using Samverkan.Workflows.Expressions;

namespace Samverkan.Workflows.Tests.Expressions;

public class SandboxTests
{
    private readonly ExpressionCompiler _compiler = new();

    [Theory]
    [InlineData("\"x\".GetType().Assembly")]
    [InlineData("name.GetType()")]
    [InlineData("System.IO.File.ReadAllText(\"/etc/passwd\")")]
    [InlineData("System.Diagnostics.Process.Start(\"sh\")")]
    [InlineData("Activator.CreateInstance(\"x\")")]
    [InlineData("typeof(string)")]
    [InlineData("new (name as x)")]
    [InlineData("np(name.GetType().Assembly)")]
    [InlineData("np(Type.GetType(\"System.IO.File\"))")]
    [InlineData("DateTime.Now > DateTime.MinValue")]
    [InlineData("DateTimeOffset.Now")]
    [InlineData("Math.Abs(1)")]
    [InlineData("Convert.ToInt32(name)")]
    [InlineData("string.Join(\",\", name)")]
    [InlineData("cast(\"System.IO.File\")")]
    [InlineData("name is String")]
    [InlineData("Environment.Exit(1)")]
    [InlineData("Dates.GetType()")]
    public void Compile_EscapeAttempt_ThrowsExpressionException(string text)
    {
        Assert.Throws<ExpressionException>(() => _compiler.Compile(text).Evaluate(new Dictionary<string, object?> { ["name"] = "n" }));
    }

    [Theory]
    [InlineData("x.Assembly.Location")]
    [InlineData("items.First().GetType()")]
    [InlineData("o.Equals(null)")]
    public void Evaluate_ReflectionThroughValues_ThrowsExpressionException(string text)
    {
        // Arrange
        var variables = new Dictionary<string, object?>
        {
            ["x"] = "text",
            ["items"] = new List<object?> { "a" },
            ["o"] = new Dictionary<string, object?> { ["k"] = 1L },
        };

        // Act + Assert
        Assert.Throws<ExpressionException>(() => _compiler.Compile(text).Evaluate(variables));
    }

    [Fact]
    public void Evaluate_NamespaceLikeName_IsAnUnknownVariable()
    {
        // Only helper types resolve by name; anything else is a variable, so IO.File is data, not a class.
        var compiled = _compiler.Compile("IO.File.ReadAllText(\"/etc/passwd\")");

        var ex = Assert.Throws<ExpressionException>(() => compiled.Evaluate(new Dictionary<string, object?>()));

        Assert.StartsWith("Unknown variable 'IO'", ex.Message);
    }
}
