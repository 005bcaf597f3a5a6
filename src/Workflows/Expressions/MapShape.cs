using System.Linq.Expressions;
using System.Reflection;

namespace Samverkan.Workflows.Expressions;

/// <summary>
/// A dictionary with a given set of keys and value shapes, presented to the parser as a Dynamic LINQ class
/// (as RulesEngine does) so that <c>routing.group</c> type-checks; the class is filled per evaluation.
/// </summary>
internal sealed class MapShape(string key, IReadOnlyList<string> keys, IReadOnlyList<ValueShape> values, Type clrType) : ValueShape
{
    private static readonly PropertyInfo Indexer = typeof(IReadOnlyDictionary<string, object?>).GetProperty("Item")!;

    public override string Key { get; } = key;

    public override Type ClrType { get; } = clrType;

    public override bool Matches(object? value)
    {
        if (value is not IReadOnlyDictionary<string, object?> map || map.Count != keys.Count)
        {
            return false;
        }

        for (var i = 0; i < keys.Count; i++)
        {
            if (!map.TryGetValue(keys[i], out var item) || !values[i].Matches(item))
            {
                return false;
            }
        }

        return true;
    }

    public override Expression Convert(Expression value)
    {
        var map = Expression.Variable(typeof(IReadOnlyDictionary<string, object?>), "map");
        var bindings = new List<MemberBinding>();
        for (var i = 0; i < keys.Count; i++)
        {
            // Keys that are not identifiers cannot be named in an expression, so they get no property.
            if (ClrType.GetProperty(keys[i]) is { } property)
            {
                var item = Expression.Property(map, Indexer, Expression.Constant(keys[i]));
                bindings.Add(Expression.Bind(property, values[i].Convert(item)));
            }
        }

        return Expression.Block(
            [map],
            Expression.Assign(map, Expression.Convert(value, map.Type)),
            Expression.MemberInit(Expression.New(ClrType), bindings));
    }
}
