using Samverkan.Host.Cases;
using Samverkan.Host.Cases.Plans;
using Samverkan.Host.Components.Shared;
using Samverkan.Host.Persistence.Cases;

namespace Samverkan.Host.Components.Cases;

/// <summary>
/// Everything the case page shows: the case as <see cref="CaseService"/> lets this reader see it (identified or not),
/// the individual's consents, the case's processes, open tasks, the participants called or invited, one timeline, and the
/// SIP plan's versions (null when the reader may not see the case's process data).
/// </summary>
public sealed record CaseFile(
    CaseView View,
    IReadOnlyList<ConsentRecord> Consents,
    IReadOnlyList<CaseProcess> Processes,
    IReadOnlyList<CaseTask> OpenTasks,
    IReadOnlyList<CaseParticipant> Participants,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<PlanVersion>? Plans)
{
    public bool Identified => View.Person is not null;
}
