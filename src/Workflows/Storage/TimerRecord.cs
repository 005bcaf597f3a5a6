using Samverkan.Workflows.Model;
using Samverkan.Workflows.Monitoring;

namespace Samverkan.Workflows.Storage;

/// <summary>A due time stored in the database: the truth for every timer, whatever schedules it.</summary>
internal sealed class TimerRecord
{
    public Guid Id { get; set; }
    /// <summary>Null for a timer start event, which belongs to a definition rather than an instance.</summary>
    public Guid? InstanceId { get; set; }
    public Guid DefinitionId { get; set; }
    /// <summary>The element instance that owns the timer: the catch event, the activity of a boundary event, or the scope of an event subprocess.</summary>
    public long ElementInstanceId { get; set; }
    /// <summary>The timer event's id in the model.</summary>
    public string ElementId { get; set; } = "";
    public DateTimeOffset DueAt { get; set; }
    public TimerKind Kind { get; set; }
    /// <summary>The timer value after evaluation (ISO-8601 or cron), for computing the next cycle.</summary>
    public string Spec { get; set; } = "";
    public int FiredCount { get; set; }
    public TimerStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public TimerRecord Clone() => (TimerRecord)MemberwiseClone();
}
