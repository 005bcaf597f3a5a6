namespace Samverkan.Host.Persistence.Organisations;

/// <summary>A task group: its id is a candidate group of the processes (e.g. sip-samordnare), the same in every organisation.</summary>
public sealed class GroupRecord
{
    private GroupRecord()
    {
    }

    public GroupRecord(string id, string name)
    {
        Id = id;
        Name = name;
    }

    public string Id { get; private set; } = "";
    public string Name { get; set; } = "";
}
