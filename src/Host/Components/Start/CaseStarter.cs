using Samverkan.Host.Components.Inbox;
using Samverkan.Host.Components.Shared;
using Samverkan.Host.Security;
using Samverkan.Rules.Evaluation;
using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Execution;

namespace Samverkan.Host.Components.Start;

/// <summary>
/// Starts a form's process as the signed-in user and reads back, right after, what the instance did: its current steps,
/// the answer it recorded, and the open tasks (its own and those of processes it called) the user can see.
/// </summary>
internal sealed class CaseStarter(ProcessEngine engine, InboxQueries inbox)
{
    /// <summary>The outcome, or a Swedish reason why nothing was started.</summary>
    public async Task<(StartOutcome? Outcome, string? Error)> StartAsync(StartForm form, ICurrentUser user, CancellationToken ct = default)
    {
        if (user.UserId is not { } userId)
        {
            return (null, "Logga in för att starta ett ärende.");
        }
        if (!form.Validate())
        {
            return (null, "Formuläret har fel. Rätta de markerade fälten.");
        }
        InstanceView started;
        try
        {
            started = await engine.StartAsync(form.ProcessKey, form.BusinessKey, form.ToVariables(userId), ct: ct);
        }
        catch (EngineException e) when (e.Kind == EngineErrorKind.NotFound)
        {
            return (null, "Processen är inte publicerad. Kontakta en processdesigner.");
        }
        catch (Exception e) when (e is EngineException or VariableException or RuleEvaluationException or ConcurrencyConflictException)
        {
            return (null, "Processen kunde inte startas. Försök igen eller kontakta en administratör.");
        }
        return (await ReadAsync(started, user, ct), null);
    }

    /// <summary>
    /// Where a started instance stands now. Steps after a service task run as jobs a moment later (a paused pull's
    /// samverkansproblem, for one), so the page reads it again when the user is notified about it.
    /// </summary>
    public async Task<StartOutcome?> ReadAsync(Guid instanceId, ICurrentUser user, CancellationToken ct = default) =>
        await engine.GetInstanceAsync(instanceId, ct) is { } instance ? await ReadAsync(instance, user, ct) : null;

    private async Task<StartOutcome> ReadAsync(InstanceView started, ICurrentUser user, CancellationToken ct)
    {
        var instance = await engine.GetInstanceAsync(started.Id, ct) ?? started;
        var definition = await engine.Queries.GetDefinitionAsync(instance.DefinitionId, ct);
        var names = ProcessElementNames.Read(definition?.Xml);
        var tasks = new List<StartedTask>();
        var processName = definition?.Name ?? instance.DefinitionKey;
        await AddTasksAsync(tasks, instance.Id, processName, user, ct);
        var children = await engine.QueryInstancesAsync(new InstanceQuery { ParentInstanceId = instance.Id, PageSize = 20 }, ct);
        foreach (var child in children.Items)
        {
            var childName = await engine.Queries.DefinitionNameAsync(child.DefinitionId, ct) ?? child.DefinitionKey;
            await AddTasksAsync(tasks, child.Id, childName, user, ct);
        }
        var steps = instance.ActiveElementIds.Select(id => names.GetValueOrDefault(id, id)).Distinct().ToList();
        return new StartOutcome(instance.Id, processName, instance.BusinessKey, instance.Status, steps, AnswerOf(instance.Variables), tasks,
            [.. children.Items.Select(c => c.Id)]);
    }

    private async Task AddTasksAsync(List<StartedTask> tasks, Guid instanceId, string processName, ICurrentUser user, CancellationToken ct)
    {
        foreach (var task in await inbox.OpenTasksOfAsync(instanceId, user, ct))
        {
            tasks.Add(new StartedTask(task.Id, task.Name ?? task.ElementId, processName, task.Assignee));
        }
    }

    /// <summary>A result variable with a <c>reply</c> (as the red thread's rule set writes <c>pull</c>): the answer given at once.</summary>
    private static ProcessAnswer? AnswerOf(IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var value in variables.Values)
        {
            if (value is IReadOnlyDictionary<string, object?> result && result.TryGetValue("reply", out var reply) && reply is string text)
            {
                var by = result.GetValueOrDefault("conveneBy") switch
                {
                    DateTimeOffset at => at,
                    string s when DateTimeOffset.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at) => at,
                    _ => (DateTimeOffset?)null,
                };
                return new ProcessAnswer(text, result.GetValueOrDefault("route") as string, by);
            }
        }
        return null;
    }
}
