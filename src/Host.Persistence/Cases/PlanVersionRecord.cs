namespace Samverkan.Host.Persistence.Cases;

/// <summary>
/// One version of an individual's SIP plan, saved when the plan is established and at each follow-up: what it said
/// then (<see cref="Content"/>, JSON), with the internal notes kept apart so that the individual's copy can leave them out.
/// </summary>
public sealed class PlanVersionRecord
{
    private PlanVersionRecord()
    {
    }

    public PlanVersionRecord(Guid id, Guid caseId, Guid instanceId, Guid taskId, int version, string step, string content, string? notes,
        string recordedBy, DateTimeOffset recordedAt)
    {
        Id = id;
        CaseId = caseId;
        InstanceId = instanceId;
        TaskId = taskId;
        Version = version;
        Step = step;
        Content = content;
        Notes = notes;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }

    /// <summary>The SIP process whose plan it is.</summary>
    public Guid InstanceId { get; private set; }

    /// <summary>The completed task (establishing or following up the plan) that made this version; one version per task.</summary>
    public Guid TaskId { get; private set; }

    /// <summary>1 for the established plan, then one more per follow-up, per process.</summary>
    public int Version { get; private set; }

    /// <summary>The step that made it: the element id of the task.</summary>
    public string Step { get; private set; } = "";

    /// <summary>The plan's parts as JSON: insatser with their huvudman, others' actions, overall responsibility, follow-up date, closed.</summary>
    public string Content { get; private set; } = "";

    /// <summary>Internal notes of the meeting or follow-up: never in the individual's copy.</summary>
    public string? Notes { get; private set; }

    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
}
