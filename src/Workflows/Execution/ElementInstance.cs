using Samverkan.Workflows.Model;

namespace Samverkan.Workflows.Execution;

internal enum ElementState
{
    /// <summary>A scope with running children (process, subprocess, multi-instance body).</summary>
    Active,
    /// <summary>A token resting in a wait state.</summary>
    Waiting,
    /// <summary>Stopped by an incident until it is retried.</summary>
    Failed,
}

/// <summary>
/// One live element of an instance: a scope or a token resting at a node. Serialised with the instance;
/// ended element instances are removed (history keeps their trace).
/// </summary>
internal sealed class ElementInstance
{
    public long Id { get; set; }
    public long? ParentId { get; set; }
    public string ElementId { get; set; } = "";
    public ElementState State { get; set; }
    public bool IsScope { get; set; }

    /// <summary>Local variables: the process's own on the root, element variable and loop counter on inner instances.</summary>
    public Dictionary<string, object?>? Variables { get; set; }

    /// <summary>This element instance is the body of a multi-instance activity; its children are the inner instances.</summary>
    public bool IsMultiInstanceBody { get; set; }
    public List<object?>? Items { get; set; }
    public int NextIndex { get; set; }
    public int Completed { get; set; }
    /// <summary>Each completed inner instance's output element, at its loop index (a multi-instance with an output collection).</summary>
    public List<object?>? Outputs { get; set; }

    /// <summary>Arrivals per incoming flow at a waiting parallel or inclusive join.</summary>
    public Dictionary<string, int>? Arrivals { get; set; }

    /// <summary>The timers and message/signal subscriptions this element instance owns.</summary>
    public List<WaitRef>? Waits { get; set; }
    public Guid? TaskId { get; set; }
    public Guid? JobId { get; set; }
    public Guid? ChildInstanceId { get; set; }
    public Guid? IncidentId { get; set; }
    /// <summary>The step to run again when the incident is retried.</summary>
    public OpKind RetryOp { get; set; }

    /// <summary>The token waits at an asynchronous savepoint of its node; a continuation job (<see cref="JobId"/>) moves it on.</summary>
    public AsyncPark Park { get; set; }
    /// <summary>The flow a token parked before its node arrived by (a join counts arrivals per flow).</summary>
    public string? ParkedVia { get; set; }

    /// <summary>The element waits for the job of a zeebe:executionListener (<see cref="JobId"/>) before it starts or ends.</summary>
    public ListenerEvent? AwaitingListener { get; set; }
    /// <summary>Zeebe start and end listener jobs already completed for this element instance.</summary>
    public int StartJobsDone { get; set; }
    public int EndJobsDone { get; set; }

    /// <summary>The element's end and take listeners were told; it may leave.</summary>
    public bool LeaveNotified { get; set; }

    /// <summary>An event subprocess instance that interrupted its parent: when it ends, the parent completes.</summary>
    public bool Interrupting { get; set; }

    /// <summary>The compensable activities completed in this scope, oldest first; see <see cref="CompensationEntry"/>.</summary>
    public List<CompensationEntry>? Compensable { get; set; }

    /// <summary>Compensation this element still has to run, next first: a compensation throw event, or a subprocess restored for compensation.</summary>
    public List<CompensationEntry>? CompensationQueue { get; set; }

    /// <summary>A completed subprocess brought back as a scope (with its variables as they were) to compensate what ran inside it.</summary>
    public bool RestoredForCompensation { get; set; }

    public void AddWait(Guid id, bool isTimer, string elementId) => (Waits ??= []).Add(new WaitRef(id, isTimer, elementId));
}

/// <summary>
/// A timer or subscription owned by an element instance, and the event node it is for. A conditional one has no stored
/// row; <see cref="Holds"/> is its condition's last value, so a non-interrupting one fires only when it turns true.
/// </summary>
internal sealed record WaitRef(Guid Id, bool IsTimer, string ElementId, bool IsCondition = false, bool Holds = false);
