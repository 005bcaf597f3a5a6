using Samverkan.Workflows.Model;
using Samverkan.Workflows.Storage;

namespace Samverkan.Workflows.Execution;

/// <summary>Where a moved token starts: before an element (it runs it) or after it (it takes its one outgoing flow).</summary>
public enum TokenPlacement
{
    Before,
    After,
}

/// <summary>
/// Repairs by an operator: moving a token (cancel it at one element, start one before or after another) and changing a
/// variable, each with a reason that the history keeps together with who did it.
/// </summary>
public sealed partial class ProcessEngine
{
    /// <summary>
    /// Cancels the tokens at <paramref name="cancelAt"/> (if given) and starts one at <paramref name="startAt"/> (if given), in
    /// one trigger: the new token runs on to its next wait state, so a user task there is created at once.
    /// </summary>
    public async Task<InstanceView> MoveTokenAsync(Guid instanceId, string? cancelAt, string? startAt, TokenPlacement placement, string reason, string user, CancellationToken ct = default)
    {
        var why = RequireReason(reason, "Moving a token");
        if (string.IsNullOrWhiteSpace(cancelAt) && string.IsNullOrWhiteSpace(startAt))
        {
            throw EngineException.Invalid("Say where to cancel a token, where to start one, or both.");
        }
        await TriggerAsync(async executor =>
        {
            var instance = await LoadRunningAsync(executor, instanceId, ct);
            EnsureNotSuspended(instance, "tokens cannot be moved");
            var model = instance.Process.Model;
            ElementInstance? cancelScope = null;
            if (!string.IsNullOrWhiteSpace(cancelAt))
            {
                var tokens = instance.State.Elements.Where(e => e.ElementId == cancelAt && e.ParentId is not null && !IsInnerIteration(instance, e)).ToArray();
                if (tokens.Length == 0)
                {
                    throw EngineException.Invalid(model.TryGetNode(cancelAt, out _)
                        ? $"No token is at element '{cancelAt}' of instance {instanceId}; tokens are at {string.Join(", ", InstanceMigration.WaitingAt(instance.State).Select(id => $"'{id}'"))}."
                        : $"Version {instance.Process.Version} of '{instance.Process.Key}' has no element '{cancelAt}'.");
                }
                foreach (var token in tokens)
                {
                    cancelScope = Executor.ParentOf(instance, token);
                    executor.Terminate(instance, token);
                }
            }
            if (!string.IsNullOrWhiteSpace(startAt))
            {
                StartToken(executor, instance, startAt, placement);
            }
            if (cancelScope is not null && instance.State.Find(cancelScope.Id) is not null)
            {
                // The cancelled token may have been its scope's last: the scope (or the instance) then completes.
                executor.Enqueue(OpKind.CheckScope, instance, cancelScope);
            }
            var detail = (string.IsNullOrWhiteSpace(cancelAt) ? "" : $"cancelled at {cancelAt}")
                + (string.IsNullOrWhiteSpace(cancelAt) || string.IsNullOrWhiteSpace(startAt) ? "" : "; ")
                + (string.IsNullOrWhiteSpace(startAt) ? "" : $"started {placement.ToString().ToLowerInvariant()} {startAt}");
            executor.History(instance, HistoryTypes.TokenMoved, startAt ?? cancelAt, null, Detail($"{detail}: {why}", user));
        }, ct);
        return (await GetInstanceAsync(instanceId, ct))!;
    }

    private static void StartToken(Executor executor, LoadedInstance instance, string startAt, TokenPlacement placement)
    {
        var model = instance.Process.Model;
        if (!model.TryGetNode(startAt, out var node))
        {
            throw EngineException.Invalid($"Version {instance.Process.Version} of '{instance.Process.Key}' has no element '{startAt}'.");
        }
        if (node is StartEvent or BoundaryEvent || node is Activity { IsForCompensation: true })
        {
            throw EngineException.Invalid($"A token cannot be started at '{startAt}' ({node.Kind}): it runs only when its event happens; start at the element after it.");
        }
        var scopeNodeId = node.ScopeId ?? model.Id;
        var scopes = instance.State.Elements.Where(e => e.ElementId == scopeNodeId && (e.ParentId is null || e.IsScope) && !e.IsMultiInstanceBody).ToArray();
        if (scopes.Length != 1)
        {
            throw EngineException.Invalid(scopes.Length == 0
                ? $"Element '{startAt}' lies inside subprocess '{scopeNodeId}', which is not running; start at the subprocess instead."
                : $"Subprocess '{scopeNodeId}' runs {scopes.Length} times; a token cannot be placed in one of them.");
        }
        if (placement == TokenPlacement.Before)
        {
            if (node is Gateway && node.Incoming.Count > 1)
            {
                throw EngineException.Invalid($"'{startAt}' joins {node.Incoming.Count} flows; start at the element after it instead.");
            }
            executor.Arrive(instance, scopes[0], startAt, viaFlow: null);
            return;
        }
        if (node.Outgoing.Count != 1)
        {
            throw EngineException.Invalid($"'{startAt}' has {node.Outgoing.Count} outgoing sequence flows; start before the element you want the token at instead.");
        }
        executor.TakeFlows(instance, scopes[0], [model.Flow(node.Outgoing[0])]);
    }

    private static bool IsInnerIteration(LoadedInstance instance, ElementInstance element) =>
        Executor.ParentOf(instance, element) is { IsMultiInstanceBody: true } && !element.IsMultiInstanceBody;

    /// <summary>Sets one variable on the instance by hand, with a reason kept in the history with who did it.</summary>
    public async Task<InstanceView> ChangeVariableAsync(Guid instanceId, string name, object? value, string reason, string user, CancellationToken ct = default)
    {
        var why = RequireReason(reason, "Changing a variable");
        var prepared = VariableValues.Prepare(new Dictionary<string, object?> { [name] = value });
        await TriggerAsync(async executor =>
        {
            var instance = await LoadRunningAsync(executor, instanceId, ct);
            await CheckInputAsync(instance.Record, prepared, ct);
            var existed = instance.State.Root.Variables?.ContainsKey(name) == true;
            executor.SetVariables(instance, instance.State.Root, prepared);
            executor.History(instance, HistoryTypes.VariableChanged, null, null, Detail($"{name} {(existed ? "changed" : "added")}: {why}", user));
        }, ct);
        return (await GetInstanceAsync(instanceId, ct))!;
    }
}
