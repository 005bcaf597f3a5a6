namespace Samverkan.Workflows.Expressions;

/// <summary>An expression, timer or value conversion that cannot be compiled or evaluated; the message says what and where.</summary>
public sealed class ExpressionException : Exception
{
    public ExpressionException(string message)
        : base(message)
    {
    }

    public ExpressionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
