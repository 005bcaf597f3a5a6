using Samverkan.Workflows.Abstractions;
using Samverkan.Workflows.Monitoring;
using Samverkan.Workflows.Storage;
using Samverkan.Workflows.Telemetry;

namespace Samverkan.Workflows.Execution;

public sealed partial class ProcessEngine
{
    /// <summary>Starts an instance of the latest (or the given) version at its none start event.</summary>
    public async Task<InstanceView> StartAsync(string key, string? businessKey = null, IReadOnlyDictionary<string, object?>? variables = null, int? version = null, CancellationToken ct = default)
    {
        var prepared = VariableValues.Prepare(variables);
        var process = await _core.Definitions.FindAsync(key, version, ct)
            ?? throw EngineException.NotFound(version is null ? $"No process '{key}' is deployed." : $"Process '{key}' has no version {version}.");
        var start = process.NoneStartOf(process.Model.Id)
            ?? throw EngineException.Invalid($"Process '{key}' has no none start event; start it with a message or a timer.");
        await CheckInputAsync(businessKey, null, prepared, ct);
        var (record, thrownSignals) = await EngineActivities.TraceAsync(EngineActivities.StartInstance, WorkflowsTelemetry.ProcessKeyTag, key, () => TriggerAsync(executor =>
        {
            var instance = executor.Create(process, businessKey, new Dictionary<string, object?>(prepared, StringComparer.Ordinal));
            executor.Start(instance, start);
            EngineActivities.Tag(EngineActivities.InstanceIdTag, instance.Id.ToString());
            return Task.FromResult((instance.Record, executor.Signals));
        }, ct));
        // The row as just committed is what a read would return, unless a thrown signal reached the instance after
        // the commit or it has incidents to list; only then is it read back.
        return thrownSignals.Count == 0 && record.OpenIncidents == 0
            ? ToView(record, [])
            : (await GetInstanceAsync(record.Id, ct))!;
    }

    /// <summary>Cancels a running instance with a reason: every token, task, timer and called instance ends.</summary>
    public Task CancelAsync(Guid instanceId, string reason, CancellationToken ct = default) =>
        TriggerAsync(async executor =>
        {
            var instance = await executor.LoadAsync(instanceId, ct);
            if (instance.IsEnded)
            {
                throw EngineException.Conflict($"Instance {instanceId} has already ended ({instance.Record.Status}).");
            }
            if (instance.Record.ParentInstanceId is Guid parent)
            {
                throw EngineException.Conflict($"Instance {instanceId} was started by a call activity of instance {parent}; cancel that instance instead.");
            }
            executor.EndInstance(instance, InstanceStatus.Cancelled, string.IsNullOrWhiteSpace(reason) ? "Cancelled." : reason);
        }, ct);

    /// <summary>Sets process variables of a running instance (on the instance scope, or where they already live).</summary>
    public Task SetVariablesAsync(Guid instanceId, IReadOnlyDictionary<string, object?> variables, CancellationToken ct = default)
    {
        var prepared = VariableValues.Prepare(variables);
        return TriggerAsync(async executor =>
        {
            var instance = await executor.LoadAsync(instanceId, ct);
            if (instance.IsEnded)
            {
                throw EngineException.Conflict($"Instance {instanceId} has ended; its variables can no longer change.");
            }
            await CheckInputAsync(instance.Record, prepared, ct);
            executor.SetVariables(instance, instance.State.Root, prepared);
            executor.Changes.History.Add(new HistoryRecord { InstanceId = instanceId, At = executor.Now, Type = HistoryTypes.VariablesSet, Detail = string.Join(',', prepared.Keys) });
        }, ct);
    }

    public async Task<InstanceView?> GetInstanceAsync(Guid instanceId, CancellationToken ct = default)
    {
        var record = await _core.Store.GetInstanceAsync(instanceId, ct);
        if (record is null)
        {
            return null;
        }
        var incidents = record.OpenIncidents > 0 ? (await _core.Store.FindIncidentsAsync(instanceId, true, ct)).Map(RecordViews.ToView) : [];
        return ToView(record, incidents);
    }

    public async Task<PagedResult<InstanceView>> QueryInstancesAsync(InstanceQuery query, CancellationToken ct = default)
    {
        var page = await _core.Store.QueryInstancesAsync(query, ct);
        return new PagedResult<InstanceView>(page.Items.Select(r => ToView(r, [])).ToList(), page.Total, page.Page, page.PageSize);
    }

    /// <summary>Running instances per version, of one process or of all; versions with none are left out.</summary>
    public Task<IReadOnlyList<VersionInstanceCount>> CountActiveInstancesAsync(string? key = null, CancellationToken ct = default) =>
        _core.Store.CountActiveInstancesAsync(key, ct);

    public async Task<IReadOnlyList<HistoryEntry>> GetHistoryAsync(Guid instanceId, CancellationToken ct = default) =>
        (await _core.Store.GetHistoryAsync(instanceId, ct)).Map(RecordViews.ToEntry);

    private static InstanceView ToView(InstanceRecord record, IReadOnlyList<IncidentView> incidents)
    {
        IReadOnlyDictionary<string, object?> variables = new Dictionary<string, object?>();
        IReadOnlyList<string> active = [];
        var suspended = false;
        if (record.State.Length > 0)
        {
            var state = InstanceState.Deserialize(record.State);
            suspended = state.Suspended;
            variables = state.ProcessVariables;
            active = state.Elements.Where(e => e.ParentId is not null && !e.IsMultiInstanceBody)
                .Select(e => e.ElementId).Distinct().ToList();
        }
        return new InstanceView(record.Id, record.DefinitionId, record.DefinitionKey, record.DefinitionVersion, record.BusinessKey,
            record.Status, record.StartedAt, record.EndedAt, record.EndReason, record.ParentInstanceId, variables, active, incidents, suspended);
    }
}
