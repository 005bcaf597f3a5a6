using System.Linq.Expressions;

namespace Samverkan.Workflows.Expressions;

/// <summary>A null value, or anything the engine does not normalise: typed as object, so only null checks and equality apply.</summary>
internal sealed class NullShape(Type? opaqueType) : ValueShape
{
    public static NullShape Null { get; } = new(null);

    public override string Key { get; } = opaqueType is null ? "null" : $"?{opaqueType.FullName}";

    public override Type ClrType => typeof(object);

    public override bool Matches(object? value) => opaqueType is null ? value is null : value?.GetType() == opaqueType;

    public override Expression Convert(Expression value) => value;
}
