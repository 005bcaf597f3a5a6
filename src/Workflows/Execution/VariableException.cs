namespace Samverkan.Workflows.Execution;

/// <summary>A variable a caller passed is not acceptable; nothing was changed.</summary>
public sealed class VariableException(string variable, string message) : Exception(message)
{
    public string Variable { get; } = variable;
}
