using Samverkan.Host.Cases;
using Samverkan.Host.Persistence.Cases;

namespace Samverkan.Host.Api.Cases;

/// <summary>A consent; <c>holds</c> says whether it lets its recipients see the individual right now.</summary>
internal sealed record ConsentResponse(
    Guid Id,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> Categories,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidTo,
    ConsentGiver GivenBy,
    bool Holds,
    string RegisteredBy,
    DateTimeOffset RegisteredAt,
    string? WithdrawnBy,
    DateTimeOffset? WithdrawnAt)
{
    public static ConsentResponse From(ConsentRecord consent, DateTimeOffset now) =>
        new(consent.Id, consent.Recipients, consent.Categories, consent.ValidFrom, consent.ValidTo, consent.GivenBy, consent.HoldsAt(now),
            consent.RegisteredBy, consent.RegisteredAt, consent.WithdrawnBy, consent.WithdrawnAt);
}
