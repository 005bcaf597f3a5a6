namespace Samverkan.Rules.Evaluation;

/// <summary>An OutputExpression returned a value of a type no process variable can hold.</summary>
internal sealed class OutputNotStorableException(string typeName) : InvalidOperationException($"An output of type {typeName} cannot be stored in a variable.")
{
    public string TypeName { get; } = typeName;
}
