using Samverkan.Host.Notifications;
using Samverkan.Host.Security;
using Samverkan.Host.Persistence.Cases;

namespace Samverkan.Host.Cases;

/// <summary>
/// The rule for seeing an identified individual: the user's organisation takes part in the case AND it is either the
/// organisation that registered the case (its own record, as inre sekretess allows) or named by a consent that holds
/// at this moment (not withdrawn, within its validity): sharing with another huvudman needs the individual's consent.
/// </summary>
internal static class CaseAccess
{
    /// <summary>The organisation through which the user sees the individual of the case, or null when it is de-identified for them.</summary>
    public static string? IdentifiedThrough(CaseRecord @case, IEnumerable<ConsentRecord> consents, ICurrentUser user, DateTimeOffset now)
    {
        if (@case.PersonId is not { } personId || user.IsAnonymous || user.IsSystem)
        {
            return null;
        }
        var holding = consents.Where(c => c.PersonId == personId && c.HoldsAt(now)).ToList();
        return user.Organisations.FirstOrDefault(org => @case.HasParticipant(org) && (@case.IsRegisteredBy(org) || holding.Any(c => c.Names(org))));
    }

    /// <summary>Whether the user acts for one of the organisations that take part in the case.</summary>
    public static bool TakesPart(CaseRecord @case, ICurrentUser user) => user.Organisations.Any(@case.HasParticipant);

    /// <summary>Age in whole years on the Stockholm date of <paramref name="now"/>.</summary>
    public static int AgeAt(DateOnly birthDate, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(SwedishTime.ToStockholm(now).DateTime);
        var age = today.Year - birthDate.Year;
        return birthDate > today.AddYears(-age) ? age - 1 : age;
    }
}
