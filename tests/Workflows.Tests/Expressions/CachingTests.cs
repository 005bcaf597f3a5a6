using Samverkan.Workflows.Expressions;

namespace Samverkan.Workflows.Tests.Expressions;

public class CachingTests
{
    private readonly ExpressionCompiler _compiler = new();

    [Fact]
    public void Evaluate_SameSignature_ReusesDelegate()
    {
        // Arrange
        var compiled = _compiler.Compile("amount > 5 && routing.group == \"a\"");
        var before = _compiler.DelegateCount;

        // Act
        for (var i = 0; i < 100; i++)
        {
            compiled.Evaluate(Variables(i, "a"));
        }

        // Assert
        Assert.Equal(before + 1, _compiler.DelegateCount);
        Assert.Equal(1, compiled.SignatureCount);
    }

    [Fact]
    public void Evaluate_DifferentSignatures_CompilesOncePerSignature()
    {
        // Arrange
        var compiled = _compiler.Compile("amount > 5");

        // Act
        var results = new object[] { 6L, 7L, 6.5, 7.5, 8m, 4L }
            .Select(v => compiled.Evaluate(new Dictionary<string, object?> { ["amount"] = v }))
            .ToList();

        // Assert
        Assert.Equal(new object?[] { true, true, true, true, true, false }, results);
        Assert.Equal(3, compiled.SignatureCount);
        Assert.Equal(3, _compiler.DelegateCount);
    }

    [Fact]
    public void Evaluate_SignatureThatFails_IsRememberedNotRecompiled()
    {
        var compiled = _compiler.Compile("amount > 5");
        var variables = new Dictionary<string, object?> { ["amount"] = "text" };

        Assert.Throws<ExpressionException>(() => compiled.Evaluate(variables));
        Assert.Throws<ExpressionException>(() => compiled.Evaluate(variables));

        Assert.Equal(1, compiled.SignatureCount);
        Assert.Equal(0, _compiler.DelegateCount);
    }

    [Fact]
    public void Evaluate_ManyThreadsWithDifferentTypes_AllCorrect()
    {
        // Arrange
        var compiled = _compiler.Compile("amount > 5 && routing.group == \"a\"");
        object[] amounts = [6L, 6.0, 6m, 4L, 4.0, 4m];

        // Act
        var failures = 0;
        Parallel.For(0, 4000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var amount = amounts[i % amounts.Length];
            var group = i % 4 == 0 ? "b" : "a";
            var expected = Convert.ToDouble(amount, System.Globalization.CultureInfo.InvariantCulture) > 5 && group == "a";
            var variables = new Dictionary<string, object?>
            {
                ["amount"] = amount,
                ["routing"] = new Dictionary<string, object?> { ["group"] = group },
            };
            if (!Equals(expected, compiled.Evaluate(variables)))
            {
                Interlocked.Increment(ref failures);
            }
        });

        // Assert
        Assert.Equal(0, failures);
        Assert.Equal(3, compiled.SignatureCount);
        Assert.Equal(3, _compiler.DelegateCount);
    }

    private static Dictionary<string, object?> Variables(long amount, string group) => new()
    {
        ["amount"] = amount,
        ["routing"] = new Dictionary<string, object?> { ["group"] = group },
    };
}
