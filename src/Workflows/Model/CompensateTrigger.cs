namespace Samverkan.Workflows.Model;

/// <summary>
/// Compensation: thrown by an intermediate throw or end event (for <see cref="ActivityRef"/> only, or for the whole scope),
/// caught by a boundary event that names an activity's compensation handler, or starting a compensation event subprocess.
/// </summary>
public sealed record CompensateTrigger(string? ActivityRef = null, bool WaitForCompletion = true) : EventTrigger;
