namespace Samverkan.Host.Persistence.Cases;

/// <summary>
/// A case: the organisations that take part and, when it is not raised de-identified, the individual it is about.
/// Its processes carry the case id as their business key.
/// </summary>
public sealed class CaseRecord
{
    private CaseRecord()
    {
    }

    public CaseRecord(Guid id, string reference, Guid? personId, IEnumerable<string> organisations, string? title, string createdBy, DateTimeOffset createdAt,
        string? registeredBy = null)
    {
        Id = id;
        Reference = reference;
        PersonId = personId;
        Organisations = organisations.ToList();
        Title = title;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        RegisteredBy = registeredBy;
    }

    public Guid Id { get; private set; }

    /// <summary>What anyone who may not see the individual is shown instead: random, so it links to nothing else.</summary>
    public string Reference { get; private set; } = "";

    /// <summary>Null for a case raised de-identified.</summary>
    public Guid? PersonId { get; private set; }

    public List<string> Organisations { get; private set; } = [];

    /// <summary>Free text about the case, never the individual's name or personnummer.</summary>
    public string? Title { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// The organisation that registered the case (the registering user's organisation among the participants): it reads
    /// its own record without a consent; every other organisation needs one. Null when none of them took part.
    /// </summary>
    public string? RegisteredBy { get; private set; }

    /// <summary>The business key of the case's processes.</summary>
    public string BusinessKey => Id.ToString();

    public bool HasParticipant(string organisation) => Organisations.Contains(organisation, StringComparer.OrdinalIgnoreCase);

    public bool IsRegisteredBy(string organisation) => string.Equals(RegisteredBy, organisation, StringComparison.OrdinalIgnoreCase);
}
