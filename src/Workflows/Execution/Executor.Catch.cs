using Samverkan.Workflows.Execution.Behaviors;
using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    /// <summary>What is thrown: a BPMN error (always interrupting) or an escalation, with its code.</summary>
    private readonly record struct CatchQuery(bool IsError, string? Code);

    /// <summary>Who catches it: a boundary event on an activity, or an event subprocess of a scope.</summary>
    public sealed record CatchHandler(LoadedInstance Instance, ElementInstance Target, FlowNode CatchNode);

    /// <summary>
    /// Looks for a catcher from the innermost scope outwards: the throwing activity's own boundary events,
    /// each scope's event subprocesses, each enclosing activity's boundary events, and on into the calling instance.
    /// </summary>
    private async Task<CatchHandler?> FindCatchAsync(LoadedInstance instance, ElementInstance? scope, ElementInstance? activity, CatchQuery query, CancellationToken ct)
    {
        if (activity is not null)
        {
            var target = ParentOf(instance, activity) is { IsMultiInstanceBody: true } body ? body : activity;
            if (Match(instance.Process.BoundariesOf(target.ElementId), query) is { } own)
            {
                return new CatchHandler(instance, target, own);
            }
            scope = ParentOf(instance, target);
        }
        for (var s = scope; s is not null; s = ParentOf(instance, s))
        {
            if (!s.IsMultiInstanceBody)
            {
                var scopeNodeId = s.ParentId is null ? instance.Process.Model.Id : s.ElementId;
                if (Match(instance.Process.EventSubprocessStartsOf(scopeNodeId), query) is { } start)
                {
                    return new CatchHandler(instance, s, start);
                }
            }
            if (s.ParentId is not null && ParentOf(instance, s) is { IsMultiInstanceBody: false }
                && Match(instance.Process.BoundariesOf(s.ElementId), query) is { } boundary)
            {
                return new CatchHandler(instance, s, boundary);
            }
        }
        if (instance.Record.ParentInstanceId is Guid parentId && instance.Record.ParentElementInstanceId is long callId)
        {
            var parent = await LoadAsync(parentId, ct);
            if (!parent.IsEnded && parent.State.Find(callId) is { } call)
            {
                return await FindCatchAsync(parent, null, call, query, ct);
            }
        }
        return null;
    }

    /// <summary>The catching boundary event or event subprocess start reacts as it does to its own event.</summary>
    public void Catch(CatchHandler handler) =>
        handler.Instance.Process.Behavior(handler.CatchNode.Id).Trigger(new BehaviorContext(this, handler.Instance, handler.Target));

    /// <summary>The catcher of a BPMN error thrown inside <paramref name="scope"/> (by an error end event), or null.</summary>
    public Task<CatchHandler?> FindErrorCatchAsync(LoadedInstance instance, ElementInstance scope, string? code, CancellationToken ct) =>
        FindCatchAsync(instance, scope, null, new CatchQuery(true, code), ct);

    /// <summary>The catcher for the code: an exact match first, else a catch-all (no code).</summary>
    private static FlowNode? Match(IEnumerable<FlowNode> candidates, CatchQuery query)
    {
        FlowNode? catchAll = null;
        foreach (var node in candidates)
        {
            var trigger = node switch
            {
                BoundaryEvent b => b.Trigger,
                StartEvent s => s.Trigger,
                _ => null,
            };
            var code = (trigger, query.IsError) switch
            {
                (ErrorTrigger e, true) => (Found: true, e.ErrorCode),
                (EscalationTrigger e, false) => (Found: true, e.EscalationCode),
                _ => (Found: false, null),
            };
            if (!code.Found)
            {
                continue;
            }
            if (code.Item2 is null)
            {
                catchAll ??= node;
            }
            else if (code.Item2 == query.Code)
            {
                return node;
            }
        }
        return catchAll;
    }

    /// <summary>A BPMN error reported for an activity (by a handler or an external worker).</summary>
    public async Task ThrowErrorFromActivityAsync(LoadedInstance instance, ElementInstance activity, string code, string? message, CancellationToken ct)
    {
        History(instance, HistoryTypes.ErrorThrown, activity.ElementId, activity.Id, message is null ? code : $"{code}: {message}");
        if (await FindCatchAsync(instance, null, activity, new CatchQuery(true, code), ct) is { } handler)
        {
            Catch(handler);
            return;
        }
        RaiseIncident(instance, activity, IncidentTypes.UnhandledError,
            $"Error '{code}' from '{activity.ElementId}' is caught by no boundary event or event subprocess.", OpKind.Execute);
    }
}
