namespace Samverkan.Workflows.Execution;

/// <summary>A listener failed: an incident when the step runs inside the agenda, a refused call (409) when it is a task command.</summary>
public sealed class ListenerException(string message) : EngineException(EngineErrorKind.Conflict, message);
