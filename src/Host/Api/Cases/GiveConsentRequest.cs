using Samverkan.Host.Cases;
using Samverkan.Host.Persistence.Cases;

namespace Samverkan.Host.Api.Cases;

/// <summary>POST /api/cases/{id}/consents: who may receive (organisation ids), which data, until when (from now unless validFrom), given by Self or Guardian.</summary>
internal sealed record GiveConsentRequest(
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> Categories,
    DateTimeOffset ValidTo,
    ConsentGiver GivenBy,
    DateTimeOffset? ValidFrom = null);
