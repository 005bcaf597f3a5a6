namespace Samverkan.Workflows.Expressions;

internal enum TokenKind
{
    Identifier,
    Number,
    String,
    Operator,
    End,
}
