namespace Samverkan.Workflows.Model;

/// <summary>A node of a process graph: an event, an activity or a gateway.</summary>
public abstract record FlowNode
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public int Line { get; init; }

    /// <summary>The id of the enclosing (event) subprocess, or null at process level.</summary>
    public string? ScopeId { get; init; }

    public IReadOnlyList<string> Incoming { get; init; } = [];
    public IReadOnlyList<string> Outgoing { get; init; } = [];

    /// <summary>camunda:asyncBefore/asyncAfter, exclusive and the job retry cycle; null when none is written.</summary>
    public AsyncContinuation? Async { get; init; }

    /// <summary>Execution listeners (start, end) and, on a user task, task listeners, in document order.</summary>
    public IReadOnlyList<Listener> Listeners { get; init; } = [];

    /// <summary>camunda:inputOutput / zeebe:input parameters, set as local variables each time the node starts (activities, message throw events).</summary>
    public IReadOnlyList<InputParameter> InputParameters { get; init; } = [];

    /// <summary>camunda:outputParameter / zeebe:output: evaluated in the node's scope when it completes, written to the enclosing scope.</summary>
    public IReadOnlyList<OutputParameter> OutputParameters { get; init; } = [];

    /// <summary>
    /// Camunda 8 with zeebe:output mappings: a task's results, or a caught message's or signal's variables, stay local
    /// to the node; only the outputs reach the enclosing scope.
    /// </summary>
    public bool LocalResults { get; init; }

    /// <summary>The BPMN element name as written, e.g. "userTask".</summary>
    public abstract string Kind { get; }
}
