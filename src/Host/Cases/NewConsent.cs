using Samverkan.Host.Persistence.Cases;

namespace Samverkan.Host.Cases;

/// <summary>A consent to register: recipients, data categories, validity (from now when not given) and who gave it.</summary>
public sealed record NewConsent(
    IReadOnlyList<string> Recipients, IReadOnlyList<string> Categories, DateTimeOffset? ValidFrom, DateTimeOffset ValidTo, ConsentGiver GivenBy);
