using System.Text.Json;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Telemetry;
using Samverkan.Workflows.Expressions;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

/// <summary>The instances a message reached, and whether it started a new one.</summary>
public sealed record CorrelationResult(IReadOnlyList<Guid> InstanceIds, bool StartedInstance);

public sealed partial class ProcessEngine
{
    /// <summary>
    /// Delivers a message to the one element waiting for it, chosen by name plus business key and/or variable values;
    /// with no waiting element, a message start event starts an instance. No match is a NotFound error, several a Conflict
    /// (unless <paramref name="all"/>, which delivers to every match). A <paramref name="correlationKey"/> (Camunda 8) reaches only
    /// elements whose message has a zeebe:subscription correlationKey that evaluates, in the element's scope, to the same text.
    /// </summary>
    public async Task<CorrelationResult> CorrelateMessageAsync(
        string name,
        string? businessKey = null,
        IReadOnlyDictionary<string, object?>? correlation = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        bool all = false,
        string? correlationKey = null,
        CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw EngineException.Invalid("A message needs a name.");
        }
        var payload = VariableValues.Prepare(variables);
        var expected = VariableValues.Prepare(correlation);
        return await EngineActivities.TraceAsync(EngineActivities.CorrelateMessage, EngineActivities.MessageNameTag, name, () => TriggerAsync(async executor =>
        {
            var matches = new List<(LoadedInstance Instance, ElementInstance Owner, SubscriptionRecord Subscription)>();
            foreach (var subscription in await _core.Store.FindSubscriptionsAsync(SubscriptionKind.Message, name, businessKey, ct))
            {
                var instance = await executor.LoadAsync(subscription.InstanceId, ct);
                if (instance.IsEnded || instance.State.Find(subscription.ElementInstanceId) is not { } owner)
                {
                    continue;
                }
                if (expected.Count > 0 && !Matches(new VariableView(instance.State, owner, executor.Now), expected))
                {
                    continue;
                }
                if (correlationKey is not null && !KeyMatches(executor, instance, owner, subscription.ElementId, correlationKey))
                {
                    continue;
                }
                matches.Add((instance, owner, subscription));
            }
            executor.Forget(matches.Select(m => m.Instance.Id).ToHashSet());
            if (matches.FirstOrDefault(m => m.Instance.State.Suspended) is { Instance: { } suspended })
            {
                throw new InstanceSuspendedException(suspended.Id, $"Message '{name}' would reach instance {suspended.Id}, which is suspended; resume it first.");
            }

            if (matches.Count == 0)
            {
                return await StartByMessageAsync(executor, name, businessKey, expected, payload, ct);
            }
            if (matches.Count > 1 && !all)
            {
                throw EngineException.Conflict(
                    $"Message '{name}' matches {matches.Count} waiting elements (instances {string.Join(", ", matches.Select(m => m.Instance.Id).Distinct())}); " +
                    "give a business key or correlation variables that pick one.");
            }
            foreach (var instance in matches.Select(m => m.Instance).DistinctBy(i => i.Id))
            {
                await CheckInputAsync(instance.Record, payload, ct);
            }
            foreach (var (instance, owner, subscription) in matches)
            {
                if (instance.State.Find(owner.Id) is null)
                {
                    continue;
                }
                executor.Changes.History.Add(new HistoryRecord { InstanceId = instance.Id, At = executor.Now, Type = HistoryTypes.MessageCorrelated, ElementId = subscription.ElementId, ElementInstanceId = owner.Id, Detail = name });
                Deliver(executor, instance, owner, subscription, payload);
            }
            return new CorrelationResult(matches.Select(m => m.Instance.Id).Distinct().ToList(), false);
        }, ct));
    }

    private async Task<CorrelationResult> StartByMessageAsync(Executor executor, string name, string? businessKey, Dictionary<string, object?> expected, Dictionary<string, object?> payload, CancellationToken ct)
    {
        var definitions = await _core.Store.FindMessageStartDefinitionsAsync(name, ct);
        if (definitions.Count == 0)
        {
            var filter = businessKey is null ? "" : $" with business key '{businessKey}'";
            filter += expected.Count == 0 ? "" : $" and variables {string.Join(", ", expected.Keys)} as given";
            throw EngineException.NotFound($"No process instance{filter} is waiting for message '{name}', and no process starts with it.");
        }
        if (definitions.Count > 1)
        {
            throw EngineException.Conflict($"Message '{name}' starts several processes ({string.Join(", ", definitions.Select(d => d.Key))}).");
        }
        await CheckInputAsync(businessKey, null, payload, ct);
        var process = _core.Definitions.Add(definitions[0]);
        var start = process.MessageStarts.First(s => ((MessageTrigger)s.Trigger).MessageName == name);
        var variables = new Dictionary<string, object?>(expected, StringComparer.Ordinal);
        if (start.LocalResults)
        {
            // Camunda 8 with output mappings: the message's variables are local to the start event.
            var local = executor.Create(process, businessKey, variables);
            executor.Start(local, start, payload);
            return new CorrelationResult([local.Id], true);
        }
        foreach (var (k, v) in payload)
        {
            variables[k] = v;
        }
        var instance = executor.Create(process, businessKey, variables);
        executor.Start(instance, start);
        return new CorrelationResult([instance.Id], true);
    }

    /// <summary>Broadcasts a signal to every element waiting for it, each instance in its own transaction.</summary>
    public async Task<IReadOnlyList<Guid>> BroadcastSignalAsync(string name, IReadOnlyDictionary<string, object?>? variables = null, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw EngineException.Invalid("A signal needs a name.");
        }
        var payload = VariableValues.Prepare(variables);
        var subscriptions = await _core.Store.FindSubscriptionsAsync(SubscriptionKind.Signal, name, null, ct);
        var starts = await FindSignalStartsAsync(name, ct);
        if (starts.Count > 0)
        {
            await CheckInputAsync(null, null, payload, ct);
        }
        // Every waiting instance is asked before the first gets the signal, so a refusal delivers it to none.
        foreach (var instanceId in subscriptions.Select(s => s.InstanceId).Distinct())
        {
            if (await _core.Store.GetInstanceAsync(instanceId, ct) is { } waiting)
            {
                await CheckInputAsync(waiting, payload, ct);
            }
        }
        var reached = await StartBySignalAsync(starts, payload, ct);
        foreach (var group in subscriptions.GroupBy(s => s.InstanceId))
        {
            var delivered = await TriggerAsync(async executor =>
            {
                var instance = await executor.LoadAsync(group.Key, ct);
                if (instance.State.Suspended)
                {
                    // A suspended instance lets signals pass by, as Camunda does.
                    return false;
                }
                var any = false;
                foreach (var subscription in group)
                {
                    if (!instance.IsEnded && instance.State.Find(subscription.ElementInstanceId) is { } owner
                        && owner.Waits?.Any(w => w.Id == subscription.Id) == true)
                    {
                        executor.Changes.History.Add(new HistoryRecord { InstanceId = instance.Id, At = executor.Now, Type = HistoryTypes.SignalReceived, ElementId = subscription.ElementId, ElementInstanceId = owner.Id, Detail = name });
                        Deliver(executor, instance, owner, subscription, payload);
                        any = true;
                    }
                }
                return any;
            }, ct);
            if (delivered)
            {
                reached.Add(group.Key);
            }
        }
        return reached;
    }

    /// <summary>Consumes the subscription (a non-interrupting one stays armed) and lets the event happen.</summary>
    private static void Deliver(Executor executor, LoadedInstance instance, ElementInstance owner, SubscriptionRecord subscription, Dictionary<string, object?> payload)
    {
        var node = instance.Process.Model.Node(subscription.ElementId);
        var repeats = node is BoundaryEvent { CancelActivity: false } or StartEvent { IsInterrupting: false };
        if (!repeats)
        {
            owner.Waits?.RemoveAll(w => w.Id == subscription.Id);
            executor.Changes.DeletedSubscriptions.Add(subscription.Id);
        }
        executor.OnEvent(instance, owner, node, payload);
    }

    private static bool Matches(VariableView view, Dictionary<string, object?> expected)
    {
        foreach (var (key, value) in expected)
        {
            if (!view.TryGetValue(key, out var actual)
                || JsonSerializer.Serialize(actual, StateJson.Options) != JsonSerializer.Serialize(value, StateJson.Options))
            {
                return false;
            }
        }
        return true;
    }
}
