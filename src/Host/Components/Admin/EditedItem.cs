namespace Samverkan.Host.Components.Admin;

/// <summary>An organisation or a group in its form: new or changed, with the ids of the groups chosen (organisations only).</summary>
internal sealed class EditedItem(bool isNew, string id, string name, HashSet<string> groups)
{
    public bool IsNew { get; } = isNew;
    public string Id { get; set; } = id;
    public string Name { get; set; } = name;
    public HashSet<string> Groups { get; } = groups;
}
