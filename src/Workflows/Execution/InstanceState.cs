using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samverkan.Workflows.Execution;

/// <summary>The token tree of one instance, serialised into its row.</summary>
internal sealed class InstanceState
{
    public long NextId { get; set; } = 1;
    public List<ElementInstance> Elements { get; set; } = [];

    /// <summary>An operator suspended the instance: its timers and jobs wait and its tasks cannot be completed until it is resumed.</summary>
    public bool Suspended { get; set; }

    /// <summary>The process variables as they were when the instance ended.</summary>
    public Dictionary<string, object?>? FinalVariables { get; set; }

    [JsonIgnore]
    public IReadOnlyDictionary<string, object?> ProcessVariables =>
        (Elements.Count > 0 ? Root.Variables : FinalVariables) ?? (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>();

    [JsonIgnore]
    private Dictionary<long, ElementInstance>? _byId;

    private Dictionary<long, ElementInstance> ById => _byId ??= Elements.ToDictionary(e => e.Id);

    [JsonIgnore]
    public ElementInstance Root => Elements[0];

    public ElementInstance Get(long id) =>
        ById.TryGetValue(id, out var e) ? e : throw new InvalidOperationException($"Element instance {id} is not live.");

    public ElementInstance? Find(long id) => ById.GetValueOrDefault(id);

    public ElementInstance Add(string elementId, long? parentId, ElementState state, bool isScope = false)
    {
        var e = new ElementInstance { Id = NextId++, ElementId = elementId, ParentId = parentId, State = state, IsScope = isScope };
        Elements.Add(e);
        ById[e.Id] = e;
        return e;
    }

    public void Remove(ElementInstance e)
    {
        Elements.Remove(e);
        ById.Remove(e.Id);
    }

    public IEnumerable<ElementInstance> ChildrenOf(long id)
    {
        foreach (var e in Elements)
        {
            if (e.ParentId == id)
            {
                yield return e;
            }
        }
    }

    public bool HasChildren(long id)
    {
        foreach (var e in Elements)
        {
            if (e.ParentId == id)
            {
                return true;
            }
        }
        return false;
    }

    public string Serialize() => JsonSerializer.Serialize(this, StateJson.Options);

    public static InstanceState Deserialize(string json) =>
        JsonSerializer.Deserialize<InstanceState>(json, StateJson.Options) ?? throw new InvalidOperationException("Empty instance state.");
}
