namespace Samverkan.Host.Cases;

/// <summary>The individual as shown to a user who may see them: decrypted, with their age today.</summary>
public sealed record IdentifiedPerson(Guid Id, Personnummer Personnummer, string? Name, DateOnly BirthDate, int Age);
