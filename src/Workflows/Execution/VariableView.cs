using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Samverkan.Workflows.Execution;

/// <summary>
/// The variables visible from one element instance: its own, then each enclosing scope's, then the globals
/// (e.g. <c>params</c>), then <c>now</c>. Built per evaluation without copying. Globals are readable but are not
/// the instance's variables, so <see cref="Flatten"/> leaves them out.
/// </summary>
internal sealed class VariableView(
    InstanceState state,
    ElementInstance from,
    DateTimeOffset now,
    IReadOnlyDictionary<string, object?>? extra = null,
    IReadOnlyDictionary<string, object?>? globals = null)
    : IReadOnlyDictionary<string, object?>
{
    public const string NowVariable = "now";

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (extra is not null && extra.TryGetValue(key, out value))
        {
            return true;
        }
        for (ElementInstance? e = from; e is not null; e = e.ParentId is long p ? state.Find(p) : null)
        {
            if (e.Variables is not null && e.Variables.TryGetValue(key, out value))
            {
                return true;
            }
        }
        if (globals is not null && globals.TryGetValue(key, out value))
        {
            return true;
        }
        if (key == NowVariable)
        {
            value = now;
            return true;
        }
        value = null;
        return false;
    }

    public object? this[string key] => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public IEnumerable<string> Keys => Flatten().Keys;

    public IEnumerable<object?> Values => Flatten().Values;

    public int Count => Flatten().Count;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Flatten().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>All visible variables, inner scopes shadowing outer ones.</summary>
    public Dictionary<string, object?> Flatten()
    {
        var chain = new List<ElementInstance>();
        for (ElementInstance? e = from; e is not null; e = e.ParentId is long p ? state.Find(p) : null)
        {
            chain.Add(e);
        }
        var result = new Dictionary<string, object?>(StringComparer.Ordinal) { [NowVariable] = now };
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            if (chain[i].Variables is { } vars)
            {
                foreach (var (k, v) in vars)
                {
                    result[k] = v;
                }
            }
        }
        if (extra is not null)
        {
            foreach (var (k, v) in extra)
            {
                result[k] = v;
            }
        }
        return result;
    }
}
