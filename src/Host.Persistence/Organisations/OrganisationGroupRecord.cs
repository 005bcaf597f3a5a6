namespace Samverkan.Host.Persistence.Organisations;

/// <summary>That the staff of an organisation can be in a group.</summary>
public sealed class OrganisationGroupRecord
{
    private OrganisationGroupRecord()
    {
    }

    public OrganisationGroupRecord(string organisationId, string groupId)
    {
        OrganisationId = organisationId;
        GroupId = groupId;
    }

    public string OrganisationId { get; private set; } = "";
    public string GroupId { get; private set; } = "";
}
