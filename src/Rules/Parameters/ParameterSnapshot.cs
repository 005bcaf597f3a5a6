using System.Linq.Dynamic.Core;
using Samverkan.Rules.Persistence.Records;

namespace Samverkan.Rules.Parameters;

/// <summary>
/// All parameters and their changes at one store revision, immutable. Rules read the values in force at the
/// evaluation's as-of instant as one object, <c>params</c>, whose properties are typed by kind; the object is
/// built once per stretch of time in which no value changes.
/// </summary>
internal sealed class ParameterSnapshot
{
    private readonly Dictionary<string, ParameterDefinition> _definitions;
    private readonly Dictionary<string, ParameterEntry[]> _timelines;
    private readonly DateTimeOffset[] _boundaries;
    private readonly object?[] _objects;

    public ParameterSnapshot(IEnumerable<ParameterRecord> definitions, IEnumerable<ParameterChangeRecord> changes)
    {
        _definitions = definitions.ToDictionary(
            d => d.Name,
            d => new ParameterDefinition(d.Name, Enum.Parse<ParameterKind>(d.Kind), d.Description),
            StringComparer.Ordinal);
        _timelines = changes
            .Where(c => _definitions.ContainsKey(c.Name))
            .GroupBy(c => c.Name, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(c => Entry(_definitions[c.Name].Kind, c)).OrderBy(e => e.Start).ThenBy(e => e.Change.Id).ToArray(),
                StringComparer.Ordinal);
        Revision = _timelines.Values.SelectMany(t => t).Select(e => e.Change.Id).DefaultIfEmpty(0).Max();
        Definitions = [.. _definitions.Values.OrderBy(d => d.Name, StringComparer.Ordinal)];
        ParamsType = DynamicClassFactory.CreateType(
            [.. Definitions.Select(d => new DynamicProperty(d.Name, ParameterValues.ClrType(d.Kind)))], true);
        _boundaries = [.. _timelines.Values.SelectMany(t => t).Select(e => e.Start).Where(s => s != DateTimeOffset.MinValue).Distinct().Order()];
        _objects = new object?[_boundaries.Length + 1];
    }

    public static ParameterSnapshot Empty { get; } = new([], []);

    /// <summary>The id of the latest change; with an as-of instant it pins every value a rule read.</summary>
    public long Revision { get; }

    public IReadOnlyList<ParameterDefinition> Definitions { get; }

    /// <summary>The class of <c>params</c>: one property per parameter, typed by its kind.</summary>
    public Type ParamsType { get; }

    public ParameterDefinition? Find(string name) => _definitions.GetValueOrDefault(name);

    /// <summary>The latest change effective at <paramref name="asOf"/>; among changes effective at the same instant, the one recorded last.</summary>
    public ParameterEntry? InForce(string name, DateTimeOffset asOf) =>
        _timelines.TryGetValue(name, out var timeline) ? timeline.LastOrDefault(e => e.Start <= asOf) : null;

    public IReadOnlyList<ParameterChange> History(string name) =>
        _timelines.TryGetValue(name, out var timeline) ? [.. timeline.Select(e => e.Change).OrderBy(c => c.Id)] : [];

    /// <summary>The <c>params</c> object at an instant, shared by every evaluation in the same stretch.</summary>
    public object ParamsAt(DateTimeOffset asOf)
    {
        var index = Array.BinarySearch(_boundaries, asOf);
        var segment = index >= 0 ? index + 1 : ~index;
        return Volatile.Read(ref _objects[segment]) ?? Interlocked.CompareExchange(ref _objects[segment], Build(asOf, null), null) ?? _objects[segment]!;
    }

    /// <summary>The <c>params</c> object at an instant with some values replaced, as a rule-set sample asks.</summary>
    public object ParamsAt(DateTimeOffset asOf, IReadOnlyDictionary<string, object> overrides) => Build(asOf, overrides);

    private object Build(DateTimeOffset asOf, IReadOnlyDictionary<string, object>? overrides)
    {
        var instance = Activator.CreateInstance(ParamsType)!;
        foreach (var definition in Definitions)
        {
            var value = overrides?.GetValueOrDefault(definition.Name) ?? InForce(definition.Name, asOf)?.Value;
            ParamsType.GetProperty(definition.Name)!.SetValue(instance, value);
        }

        return instance;
    }

    private static ParameterEntry Entry(ParameterKind kind, ParameterChangeRecord record)
    {
        var value = ParameterValues.ToElement(record.ValueJson);
        var change = new ParameterChange(
            record.Id,
            record.Name,
            record.OldValueJson is { } old ? ParameterValues.ToElement(old) : null,
            value,
            record.EffectiveFrom == DateTimeOffset.MinValue ? null : record.EffectiveFrom,
            record.ChangedAt,
            record.ChangedBy,
            record.Reason);
        return new ParameterEntry(change, ParameterValues.Parse(record.Name, kind, value));
    }
}
