using System.Collections.Concurrent;
using System.Linq.Dynamic.Core;
using System.Text;

namespace Samverkan.Workflows.Expressions;

/// <summary>Works out the shape of a value; map shapes (and their generated classes) are cached by key.</summary>
internal sealed class ShapeFactory
{
    private static readonly HashSet<Type> Scalars =
    [
        typeof(string), typeof(bool), typeof(long), typeof(double), typeof(decimal), typeof(DateTimeOffset), typeof(TimeSpan),
    ];

    private readonly ConcurrentDictionary<string, ValueShape> _cache = new(StringComparer.Ordinal);

    public ValueShape Create(object? value, bool decimalAsDouble = false) => value switch
    {
        null => NullShape.Null,
        int => Cached("int", () => new ScalarShape(typeof(int), typeof(long))),
        decimal when decimalAsDouble => Cached("decimal>double", () => new ScalarShape(typeof(decimal), typeof(double))),
        _ when Scalars.Contains(value.GetType()) => Cached(value.GetType().Name, () => new ScalarShape(value.GetType(), value.GetType())),
        IReadOnlyDictionary<string, object?> map => CreateMap(map, decimalAsDouble),
        IReadOnlyList<object?> list => CreateList(list, decimalAsDouble),
        _ => Cached("?" + value.GetType().FullName, () => new NullShape(value.GetType())),
    };

    private ValueShape Cached(string key, Func<ValueShape> create) => _cache.GetOrAdd(key, _ => create());

    private ValueShape CreateMap(IReadOnlyDictionary<string, object?> map, bool decimalAsDouble)
    {
        var keys = map.Keys.Order(StringComparer.Ordinal).ToList();
        var values = keys.Select(k => Create(map[k], decimalAsDouble)).ToList();
        var key = new StringBuilder("{");
        for (var i = 0; i < keys.Count; i++)
        {
            key.Append(i == 0 ? string.Empty : ",").Append(keys[i]).Append(':').Append(values[i].Key);
        }

        return Cached(key.Append('}').ToString(), () =>
        {
            var properties = keys.Select((k, i) => (k, values[i]))
                .Where(p => IsIdentifier(p.k))
                .Select(p => new DynamicProperty(p.k, p.Item2.ClrType))
                .ToList();
            var type = DynamicClassFactory.CreateType(properties, createParameterCtor: false);
            return new MapShape(key.ToString(), keys, values, type);
        });
    }

    private ValueShape CreateList(IReadOnlyList<object?> list, bool decimalAsDouble)
    {
        if (list.Count == 0)
        {
            return Cached("[]", () => new ListShape(null, empty: true, IsUniform));
        }

        var first = Create(list[0], decimalAsDouble);
        var uniform = first is not NullShape && list.All(first.Matches);
        var item = uniform ? first : null;
        return Cached(item is null ? "[*]" : $"[{item.Key}]", () => new ListShape(item, empty: false, IsUniform));
    }

    // Only reached for lists already known not to match a typed list shape, so its cost stays off the common path.
    private bool IsUniform(IReadOnlyList<object?> list)
    {
        var first = Create(list[0]);
        return first is not NullShape && list.All(first.Matches);
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');
}
