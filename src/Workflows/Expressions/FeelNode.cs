namespace Samverkan.Workflows.Expressions;

/// <summary>The tree of a parsed FEEL expression; <see cref="Position"/> is the zero-based offset of its first token.</summary>
internal abstract record FeelNode(int Position)
{
    /// <summary>A number, string, boolean or null, already written as Dynamic LINQ text.</summary>
    internal sealed record Literal(int Position, string Text, bool IsNumber) : FeelNode(Position);

    internal sealed record Name(int Position, string Text) : FeelNode(Position);

    internal sealed record Member(int Position, FeelNode Target, string Field) : FeelNode(Position);

    /// <summary><c>list[index]</c>, 1-based as FEEL has it (negative counts from the end), or a filter.</summary>
    internal sealed record Index(int Position, FeelNode Target, FeelNode Selector) : FeelNode(Position);

    internal sealed record Negate(int Position, FeelNode Operand) : FeelNode(Position);

    /// <summary>Arithmetic, comparison and logic; <see cref="Operator"/> is written as in FEEL (<c>=</c>, <c>and</c>).</summary>
    internal sealed record Binary(int Position, string Operator, FeelNode Left, FeelNode Right) : FeelNode(Position);

    internal sealed record Between(int Position, FeelNode Value, FeelNode Low, FeelNode High) : FeelNode(Position);

    /// <summary><c>value in test</c> / <c>value in (test, test)</c>: true when any test holds.</summary>
    internal sealed record In(int Position, FeelNode Value, IReadOnlyList<FeelNode> Tests) : FeelNode(Position);

    /// <summary>A range test such as <c>[1..10]</c> or <c>(0..5]</c>; only meaningful as a test of <c>in</c>.</summary>
    internal sealed record Range(int Position, FeelNode Low, bool LowIncluded, FeelNode High, bool HighIncluded) : FeelNode(Position);

    /// <summary>A unary comparison test such as <c>&lt; 5</c>; only meaningful as a test of <c>in</c>.</summary>
    internal sealed record Comparison(int Position, string Operator, FeelNode Operand) : FeelNode(Position);

    internal sealed record List(int Position, IReadOnlyList<FeelNode> Items) : FeelNode(Position);

    /// <summary><c>some x in list satisfies condition</c> (<see cref="Every"/> false) or <c>every ...</c>; <see cref="Variable"/> is bound in the condition.</summary>
    internal sealed record Quantified(int Position, bool Every, string Variable, int VariablePosition, FeelNode Source, FeelNode Condition) : FeelNode(Position);

    internal sealed record If(int Position, FeelNode Condition, FeelNode Then, FeelNode Else) : FeelNode(Position);

    /// <summary>A call of a built-in function by its FEEL name, which may have spaces (<c>string length</c>).</summary>
    internal sealed record Call(int Position, string Function, IReadOnlyList<FeelNode> Arguments) : FeelNode(Position);
}
