using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Monitoring;

/// <summary>A timer's stored due time and what it belongs to.</summary>
public sealed record TimerView
{
    public Guid Id { get; init; }
    /// <summary>Null for a timer start event, which belongs to a definition rather than an instance.</summary>
    public Guid? InstanceId { get; init; }
    public Guid DefinitionId { get; init; }
    public long ElementInstanceId { get; init; }
    /// <summary>The timer event's id in the model.</summary>
    public string ElementId { get; init; } = "";
    public DateTimeOffset DueAt { get; init; }
    public TimerKind Kind { get; init; }
    /// <summary>The timer value after evaluation (ISO-8601 or cron).</summary>
    public string Spec { get; init; } = "";
    public int FiredCount { get; init; }
    public TimerStatus Status { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
