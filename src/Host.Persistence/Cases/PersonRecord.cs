namespace Samverkan.Host.Persistence.Cases;

/// <summary>
/// An individual, stored once however many cases they have. The personnummer and the name are kept only
/// encrypted (Data Protection); the personnummer is found again by its keyed hash, never by its text.
/// </summary>
public sealed class PersonRecord
{
    private PersonRecord()
    {
    }

    public PersonRecord(Guid id, string personnummerHash, string protectedPersonnummer, string? protectedName, DateOnly birthDate, DateTimeOffset createdAt)
    {
        Id = id;
        PersonnummerHash = personnummerHash;
        ProtectedPersonnummer = protectedPersonnummer;
        ProtectedName = protectedName;
        BirthDate = birthDate;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    /// <summary>HMAC-SHA256 of the twelve digits under the search key, hex: the only way to look a person up.</summary>
    public string PersonnummerHash { get; private set; } = "";

    public string ProtectedPersonnummer { get; private set; } = "";

    public string? ProtectedName { get; private set; }

    /// <summary>From the personnummer, kept in the clear so that age rules (a guardian consents under 18) need no decryption.</summary>
    public DateOnly BirthDate { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Gives a person registered without a name the one now known; returns whether it changed anything.</summary>
    public bool AddName(string protectedName)
    {
        if (ProtectedName is not null)
        {
            return false;
        }
        ProtectedName = protectedName;
        return true;
    }
}
