namespace Samverkan.Workflows.Expressions;

/// <summary>One lexical token; <see cref="Position"/> is the zero-based offset in the unwrapped text.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Position)
{
    public bool Is(string op) => Kind == TokenKind.Operator && Text == op;
}
