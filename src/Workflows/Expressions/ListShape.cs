using System.Linq.Expressions;

namespace Samverkan.Workflows.Expressions;

/// <summary>A list: typed <c>List&lt;T&gt;</c> when every item has the same shape, otherwise <c>List&lt;object&gt;</c> of the raw items.</summary>
internal sealed class ListShape(ValueShape? item, bool empty, Func<IReadOnlyList<object?>, bool> isUniform) : ValueShape
{
    public override string Key { get; } = empty ? "[]" : item is null ? "[*]" : $"[{item.Key}]";

    public override Type ClrType { get; } = typeof(List<>).MakeGenericType(item?.ClrType ?? typeof(object));

    public override bool Matches(object? value)
    {
        if (value is not IReadOnlyList<object?> list)
        {
            return false;
        }

        if (empty || list.Count == 0)
        {
            return empty && list.Count == 0;
        }

        if (item is null)
        {
            return !isUniform(list);
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (!item.Matches(list[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override Expression Convert(Expression value)
    {
        var elementType = item?.ClrType ?? typeof(object);
        var raw = Expression.Parameter(typeof(object), "item");
        var convertItem = Expression.Lambda(item?.Convert(raw) ?? raw, raw);
        var method = typeof(ListShape).GetMethod(nameof(ToList), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(elementType);
        return Expression.Call(method, Expression.Convert(value, typeof(IReadOnlyList<object?>)), convertItem);
    }

    private static List<T> ToList<T>(IReadOnlyList<object?> source, Func<object?, T> convert)
    {
        var result = new List<T>(source.Count);
        for (var i = 0; i < source.Count; i++)
        {
            result.Add(convert(source[i]));
        }

        return result;
    }
}
