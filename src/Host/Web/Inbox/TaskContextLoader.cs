using Samverkan.Host.Cases;
using Samverkan.Host.Security;
using Samverkan.Workflows.Execution;
using Samverkan.Workflows.Execution.Records;

namespace Samverkan.Host.Web.Inbox;

/// <summary>
/// Reads a task's context. A task whose business key is a case's id shows that case through <see cref="CaseService"/>,
/// with the task as the reason: the read is written to the access log, and the case is identified or de-identified as it decides.
/// </summary>
internal sealed class TaskContextLoader(ProcessEngine engine, CaseService cases)
{
    public async Task<TaskContext> LoadAsync(UserTaskRecord task, ICurrentUser user, CancellationToken ct = default)
    {
        var instance = await engine.GetInstanceAsync(task.InstanceId, ct);
        var definition = instance is null ? null : await engine.Store.GetDefinitionAsync(instance.DefinitionId, ct);
        var names = ProcessElementNames.Read(definition?.Xml);
        var history = await engine.GetHistoryAsync(task.InstanceId, ct);
        var timeline = history.OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => TimelineEntry.From(h, names, user.UserId)).OfType<TimelineEntry>().ToList();
        var variables = instance is null ? [] : ContextVariables.Shown(instance.Variables,
            ProcessElementNames.FieldLabels(definition?.Xml), ProcessElementNames.FieldValueNames(definition?.Xml));
        var (view, message) = await CaseAsync(task, user, ct);
        return new TaskContext(instance, definition?.Xml, names, timeline, variables, view, message);
    }

    private async Task<(CaseView? Case, string? Message)> CaseAsync(UserTaskRecord task, ICurrentUser user, CancellationToken ct)
    {
        if (!Guid.TryParse(task.BusinessKey, out var caseId))
        {
            return (null, null);
        }
        try
        {
            return (await cases.GetAsync(caseId, task.Id, user, ct), null);
        }
        catch (CaseException e) when (e.Kind == CaseErrorKind.NotFound)
        {
            // A business key that looks like an id but names no case: the process was started without one.
            return (null, null);
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
