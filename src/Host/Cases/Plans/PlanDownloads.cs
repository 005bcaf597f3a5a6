using Samverkan.Host.Cases.ProcessData;
using Samverkan.Host.Security;

namespace Samverkan.Host.Cases.Plans;

/// <summary>
/// A case's SIP plan for printing, as PDF or as the .ics of its next follow-up. Only an organisation that takes part and
/// may see the case's process data gets it (<see cref="ProcessDataRule"/>); a PDF that names the individual is read
/// through <see cref="CaseService"/>, which writes the access log entry first.
/// </summary>
internal sealed class PlanDownloads(CaseFinder finder, ProcessDataAccess data, PlanVersions plans, CaseService cases, TimeProvider clock)
{
    /// <summary>The plan version to print: the latest, or <paramref name="version"/> of the same SIP.</summary>
    public async Task<PlanDocument> DocumentAsync(Guid caseId, int? version, bool forIndividual, ICurrentUser reader, CancellationToken ct)
    {
        var versions = await VersionsAsync(caseId, reader, ct);
        var latest = versions[^1];
        var chosen = version is { } number
            ? versions.LastOrDefault(v => v.InstanceId == latest.InstanceId && v.Version == number)
                ?? throw CaseException.Invalid("version", $"The plan of case {caseId} has versions 1 to {latest.Version}.")
            : latest;
        var view = await cases.ReadAsync(caseId, reader, forIndividual ? "SIP plan printed (the individual's copy)" : "SIP plan printed", ct);
        var individual = view.Person is { } person ? $"{person.Name ?? "(namn saknas)"}, {person.Personnummer.Formatted}" : null;
        return new PlanDocument(view.Case.Reference, individual, chosen, forIndividual);
    }

    /// <summary>The .ics of the latest plan's follow-up; it names no one, so nothing is logged.</summary>
    public async Task<string> NextMeetingAsync(Guid caseId, ICurrentUser reader, CancellationToken ct)
    {
        var latest = (await VersionsAsync(caseId, reader, ct))[^1];
        if (latest.Plan.Closed || latest.Plan.FollowUpDate is not { } date)
        {
            throw CaseException.NotFound($"The plan of case {caseId} is closed: it has no next follow-up.");
        }
        var reference = (await finder.FindAsync([caseId.ToString()], ct))!.Case.Reference;
        return PlanCalendar.Create(reference, latest.InstanceId, date, clock.GetUtcNow());
    }

    private async Task<IReadOnlyList<PlanVersion>> VersionsAsync(Guid caseId, ICurrentUser reader, CancellationToken ct)
    {
        if (reader.IsAnonymous)
        {
            throw CaseException.Unauthenticated();
        }
        var found = await finder.FindAsync([caseId.ToString()], ct) ?? throw CaseException.NotFound($"There is no case {caseId}.");
        if (!CaseAccess.TakesPart(found.Case, reader))
        {
            throw CaseException.Forbidden($"Only an organisation that takes part in case {caseId} may read its plan.");
        }
        if (!data.Decide(found, reader).ShowsValues)
        {
            throw CaseException.Forbidden("The plan is the individual's process data: it is shown only where the individual may be seen (a consent naming your organisation).");
        }
        var versions = await plans.ListAsync(caseId, ct);
        return versions.Count > 0 ? versions : throw CaseException.NotFound($"Case {caseId} has no SIP plan yet.");
    }
}
