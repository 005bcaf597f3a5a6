using Samverkan.Workflows.Monitoring;

namespace Samverkan.Workflows.Abstractions;

/// <summary>
/// A completion about to happen: the task, its element's camunda:properties, and the variables as they would be
/// afterwards (those visible from the task, overlaid with the submitted ones and the form's defaults).
/// </summary>
public sealed record TaskCompletion(
    UserTaskView Task,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyDictionary<string, object?> Variables,
    DateTimeOffset Now);
