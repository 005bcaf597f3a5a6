namespace Samverkan.Host.Persistence.Organisations;

/// <summary>A party of the collaboration (a kommun, a region or one of its units, the police, the rescue service): its id is what accounts carry as their organisation.</summary>
public sealed class OrganisationRecord
{
    private OrganisationRecord()
    {
    }

    public OrganisationRecord(string id, string name)
    {
        Id = id;
        Name = name;
    }

    public string Id { get; private set; } = "";
    public string Name { get; set; } = "";
}
