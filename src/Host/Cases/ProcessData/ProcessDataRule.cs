using Samverkan.Host.Security;

namespace Samverkan.Host.Cases.ProcessData;

/// <summary>
/// Who sees the values of a process instance's variables, history and task forms: staff (a work role) of an
/// organisation that takes part in the instance's case, and only under the rule the case itself follows
/// (<see cref="CaseAccess.IdentifiedThrough"/>) when the case is about an identified individual. Designers,
/// administrators, auditors and workers see masked values whatever their organisation; an instance without a case
/// shows its values to staff.
/// </summary>
internal static class ProcessDataRule
{
    public static Disclosure Decide(CaseOfProcess? found, ICurrentUser reader, DateTimeOffset now)
    {
        var @case = found?.Case;
        if (reader.IsAnonymous || reader.IsSystem || !Roles.Staff.Any(reader.IsInRole))
        {
            return Disclosure.Masked(@case);
        }
        if (found is null || @case is null)
        {
            return Disclosure.Shown(null);
        }
        if (!CaseAccess.TakesPart(@case, reader))
        {
            return Disclosure.Masked(@case);
        }
        if (@case.PersonId is null)
        {
            return Disclosure.Shown(@case);
        }
        return CaseAccess.IdentifiedThrough(@case, found.Consents, reader, now) is { } through
            ? Disclosure.Shown(@case, through)
            : Disclosure.Masked(@case);
    }
}
