using System.Linq.Expressions;

namespace Samverkan.Workflows.Expressions;

/// <summary>A string, bool, number, DateTimeOffset or TimeSpan; it may be widened (int to long, decimal to double) for the parser.</summary>
internal sealed class ScalarShape(Type valueType, Type clrType) : ValueShape
{
    public Type ValueType { get; } = valueType;

    public override string Key { get; } = valueType == clrType ? valueType.Name : $"{valueType.Name}>{clrType.Name}";

    public override Type ClrType { get; } = clrType;

    public override bool Matches(object? value) => value is not null && value.GetType() == ValueType;

    public override Expression Convert(Expression value)
    {
        var unboxed = Expression.Convert(value, ValueType);
        return ValueType == ClrType ? unboxed : Expression.Convert(unboxed, ClrType);
    }
}
