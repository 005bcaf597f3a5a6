using Samverkan.Host.Cases;
using Samverkan.Host.Cases.ProcessData;
using Samverkan.Host.Components.Shared;
using Samverkan.Host.Security;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Host.Components.Inbox;

/// <summary>
/// Reads a task's context. A task of a case (its instance's business key, or that of the instance that called it)
/// shows that case through <see cref="CaseService"/> with the task as the reason: the read is written to the access log,
/// and the case is identified or de-identified as it decides. The variables follow the same rule
/// (<see cref="ProcessDataRule"/>): a reader who may not see the case's data sees them masked.
/// </summary>
internal sealed class TaskContextLoader(ProcessEngine engine, CaseService cases, ProcessDataAccess data)
{
    public async Task<TaskContext> LoadAsync(UserTaskView task, ICurrentUser user, CancellationToken ct = default)
    {
        var instance = await engine.GetInstanceAsync(task.InstanceId, ct);
        var definition = instance is null ? null : await engine.Queries.GetDefinitionAsync(instance.DefinitionId, ct);
        var names = ProcessElementNames.Read(definition?.Xml);
        var history = await engine.GetHistoryAsync(task.InstanceId, ct);
        var timeline = history.OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => TimelineEntry.AsSentence(h, names, user.UserId)).OfType<TimelineEntry>().ToList();
        var found = instance is null ? null : await data.CaseOfAsync(instance, ct);
        var (view, message) = await CaseAsync(found, task, user, ct);
        // The case read above logged an identified read already: the variables follow the same decision without a second entry.
        var variables = instance is null ? [] : ContextVariables.Shown((await data.ShowAsync(instance, data.Decide(found, user), ct)).Variables.Values,
            ProcessElementNames.FieldLabels(definition?.Xml), ProcessElementNames.FieldValueNames(definition?.Xml));
        return new TaskContext(instance, definition?.Xml, names, timeline, variables, view, message);
    }

    private async Task<(CaseView? Case, string? Message)> CaseAsync(CaseOfProcess? found, UserTaskView task, ICurrentUser user, CancellationToken ct)
    {
        if (found is null)
        {
            return (null, null);
        }
        try
        {
            return (await cases.ReadForTaskAsync(found.Case, task.Id, user, ct), null);
        }
        catch (CaseException e) when (e.Kind == CaseErrorKind.Forbidden)
        {
            return (null, "Din organisation deltar inte i ärendet, så det visas inte.");
        }
        catch (CaseException)
        {
            return (null, "Ärendet kunde inte läsas.");
        }
    }
}
