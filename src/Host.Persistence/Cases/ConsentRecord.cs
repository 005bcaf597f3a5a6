namespace Samverkan.Host.Persistence.Cases;

/// <summary>
/// An individual's consent to share their data with the named organisations, for the named data categories,
/// within a validity period. Withdrawing it is final and takes effect at once.
/// </summary>
public sealed class ConsentRecord
{
    private ConsentRecord()
    {
    }

    public ConsentRecord(Guid id, Guid personId, Guid caseId, IEnumerable<string> recipients, IEnumerable<string> categories,
        DateTimeOffset validFrom, DateTimeOffset validTo, ConsentGiver givenBy, string registeredBy, DateTimeOffset registeredAt)
    {
        Id = id;
        PersonId = personId;
        CaseId = caseId;
        Recipients = recipients.ToList();
        Categories = categories.ToList();
        ValidFrom = validFrom;
        ValidTo = validTo;
        GivenBy = givenBy;
        RegisteredBy = registeredBy;
        RegisteredAt = registeredAt;
    }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }

    /// <summary>The case it was registered on; it applies to every case of the person.</summary>
    public Guid CaseId { get; private set; }

    /// <summary>Organisation ids the individual's data may be shared with.</summary>
    public List<string> Recipients { get; private set; } = [];

    /// <summary>What data may be shared, in the words of the consent (such as "SIP", "journaluppgifter").</summary>
    public List<string> Categories { get; private set; } = [];

    public DateTimeOffset ValidFrom { get; private set; }

    /// <summary>Exclusive: at this instant the consent no longer holds.</summary>
    public DateTimeOffset ValidTo { get; private set; }

    public ConsentGiver GivenBy { get; private set; }
    public string RegisteredBy { get; private set; } = "";
    public DateTimeOffset RegisteredAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawnBy { get; private set; }

    /// <summary>When the running processes were told of the withdrawal; null until they have been.</summary>
    public DateTimeOffset? ProcessesToldAt { get; private set; }

    public bool HoldsAt(DateTimeOffset at) => WithdrawnAt is null && ValidFrom <= at && at < ValidTo;

    public bool Names(string organisation) => Recipients.Contains(organisation, StringComparer.OrdinalIgnoreCase);

    public void Withdraw(string by, DateTimeOffset at)
    {
        WithdrawnAt = at;
        WithdrawnBy = by;
    }

    public void MarkProcessesTold(DateTimeOffset at) => ProcessesToldAt = at;
}
