using Samverkan.Workflows.Monitoring;

namespace Samverkan.Workflows.Execution;

internal sealed partial class Executor
{
    private readonly List<(string ProcessKey, InstanceStatus Status)> _ended = [];
    private readonly List<(string ProcessKey, TimeSpan Lateness)> _firedTimers = [];

    /// <summary>Instances this trigger ended, for the engine's metrics after the commit.</summary>
    public IReadOnlyList<(string ProcessKey, InstanceStatus Status)> Ended => _ended;

    /// <summary>Timers this trigger fired and how long after their due time, for the engine's metrics after the commit.</summary>
    public IReadOnlyList<(string ProcessKey, TimeSpan Lateness)> FiredTimers => _firedTimers;

    public void TimerFired(string processKey, DateTimeOffset dueAt) => _firedTimers.Add((processKey, Now - dueAt));

    public string? ProcessKeyOf(Guid instanceId) => _instances.GetValueOrDefault(instanceId)?.Process.Key;
}
