using System.Linq.Expressions;

namespace Samverkan.Workflows.Expressions;

/// <summary>The run-time type signature of one variable value, and how to turn such a value into the typed form the expression is compiled against.</summary>
internal abstract class ValueShape
{
    /// <summary>Canonical text of the shape; equal keys mean the same compiled delegate can be used.</summary>
    public abstract string Key { get; }

    /// <summary>The parameter type Dynamic LINQ sees.</summary>
    public abstract Type ClrType { get; }

    /// <summary>Allocation-free check used on every evaluation to find an already compiled delegate.</summary>
    public abstract bool Matches(object? value);

    /// <summary>Builds the conversion from an <c>object</c>-typed expression to <see cref="ClrType"/>.</summary>
    public abstract Expression Convert(Expression value);

    public override string ToString() => Key;
}
