namespace Samverkan.Workflows.Storage;

/// <summary>User tasks open and timers due but not fired, in the whole store.</summary>
internal sealed record OpenWorkCount(long OpenTasks, long DueTimers);
