using Samverkan.Host.Cases;

namespace Samverkan.Host.Api.Cases;

/// <summary>The identified individual, shown only to users who may see them; each time it is shown is in the access log.</summary>
internal sealed record CasePersonResponse(Guid Id, string Personnummer, string? Name, DateOnly BirthDate, int Age)
{
    public static CasePersonResponse From(IdentifiedPerson person) =>
        new(person.Id, person.Personnummer.Formatted, person.Name, person.BirthDate, person.Age);
}
