namespace Samverkan.Workflows.Expressions;

internal enum FeelTokenKind
{
    Name,
    Number,
    String,
    Operator,
    End,
}
