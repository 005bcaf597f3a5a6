using Samverkan.Host.Cases;
using Samverkan.Host.Cases.Plans;
using Samverkan.Host.Cases.ProcessData;
using Samverkan.Host.Components.Shared;
using Samverkan.Host.Persistence.Cases;
using Samverkan.Host.Security;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Components.Cases;

/// <summary>
/// Reads a case for its page through the case register's own services: <see cref="CaseService"/> decides whether the
/// individual is shown and logs that read, <see cref="ConsentService"/> lists the consents (a read it logs too, as the API
/// does), and only organisations that take part in the case see it at all.
/// </summary>
internal sealed class CaseFileLoader(CaseService cases, ConsentService consents, ProcessEngine engine, ProcessDataAccess data, PlanVersions plans)
{
    private const int PageSize = 500;

    /// <summary>The case as <paramref name="user"/> may see it now; a <see cref="CaseException"/> when it is not there or not theirs.</summary>
    public async Task<CaseFile> LoadAsync(Guid id, ICurrentUser user, CancellationToken ct = default)
    {
        var view = await cases.GetAsync(id, null, user, ct);
        if (!CaseAccess.TakesPart(view.Case, user))
        {
            throw CaseException.Forbidden($"Only an organisation that takes part in case {id} may open its page.");
        }
        var consentList = await consents.ListAsync(id, user, ct);
        var processes = new List<CaseProcess>();
        var openTasks = new List<CaseTask>();
        var meetingTasks = new List<UserTaskView>();
        var timeline = new List<TimelineEntry>(CaseEntries(view.Case, consentList));
        foreach (var instance in await InstancesAsync(view, ct))
        {
            var definition = await engine.Queries.GetDefinitionAsync(instance.DefinitionId, ct);
            var names = ProcessElementNames.Read(definition?.Xml);
            var name = definition?.DisplayName ?? instance.DefinitionKey;
            processes.Add(new CaseProcess(instance, name, instance.ActiveElementIds.Select(e => names.GetValueOrDefault(e, e)).Distinct().ToList()));
            var tasks = (await engine.QueryTasksAsync(new TaskQuery { InstanceId = instance.Id, Status = null, PageSize = PageSize }, ct)).Items;
            openTasks.AddRange(tasks.Where(t => t.Status == UserTaskStatus.Open).Select(t => new CaseTask(t, name)));
            meetingTasks.AddRange(tasks.Where(t => CaseTexts.MeetingTaskKind(t.ElementId) is not null));
            timeline.AddRange((await engine.GetHistoryAsync(instance.Id, ct))
                .Select(h => TimelineEntry.AsSentence(h, names, user.UserId)).OfType<TimelineEntry>()
                .Select(e => e with { What = $"{name}: {e.What}" }));
        }
        // The plan is the individual's process data: shown under the same rule as the variables (the read is logged above).
        var holding = consentList.Where(c => c.WithdrawnAt is null).ToList();
        var planVersions = data.Decide(new CaseOfProcess(view.Case, holding), user).ShowsValues ? await plans.ListAsync(id, ct) : null;
        timeline.AddRange((planVersions ?? []).Select(v => new TimelineEntry(v.RecordedAt, CaseTexts.PlanSaved, $"SIP-planen version {v.Version}: {v.StepName.ToLowerInvariant()}")));
        return new CaseFile(view, consentList, processes,
            openTasks.OrderBy(t => t.Task.DueAt ?? DateTimeOffset.MaxValue).ThenBy(t => t.Task.CreatedAt).ToList(),
            Participants(meetingTasks),
            timeline.OrderBy(e => e.At).ToList(),
            planVersions);
    }

    private async Task<IReadOnlyList<InstanceView>> InstancesAsync(CaseView view, CancellationToken ct)
    {
        var found = await engine.QueryInstancesAsync(new InstanceQuery { BusinessKey = view.Case.BusinessKey, PageSize = PageSize }, ct);
        return found.Items.OrderBy(i => i.StartedAt).ToList();
    }

    /// <summary>The latest kallelse or inbjudan of each group (a new meeting calls everyone again).</summary>
    private static List<CaseParticipant> Participants(IEnumerable<UserTaskView> tasks) =>
        tasks.GroupBy(t => (Kind: CaseTexts.MeetingTaskKind(t.ElementId)!, Group: string.Join(", ", t.CandidateGroupList.Concat(t.CandidateUserList))))
            .Select(g => g.MaxBy(t => t.CreatedAt)!)
            .Select(t => new CaseParticipant(string.Join(", ", t.CandidateGroupList.Concat(t.CandidateUserList)), CaseTexts.MeetingTaskKind(t.ElementId)!,
                CaseTexts.AnswerStatus(t), t.Status == UserTaskStatus.Completed))
            .OrderBy(p => p.Kind).ThenBy(p => p.Group)
            .ToList();

    private static IEnumerable<TimelineEntry> CaseEntries(CaseRecord record, IEnumerable<ConsentRecord> consentList)
    {
        yield return new TimelineEntry(record.CreatedAt, CaseTexts.CaseCreated, "Ärendet registrerades");
        foreach (var consent in consentList)
        {
            yield return new TimelineEntry(consent.RegisteredAt, CaseTexts.ConsentGiven, $"Samtycke registrerades för {string.Join(", ", consent.Recipients)}");
            if (consent.WithdrawnAt is { } withdrawn)
            {
                yield return new TimelineEntry(withdrawn, CaseTexts.ConsentWithdrawn, $"Samtycke för {string.Join(", ", consent.Recipients)} återkallades");
            }
        }
    }
}
