namespace Samverkan.Host.Api.UserTasks;

/// <summary>Who takes the task: the caller when left out; only a chef may name someone else.</summary>
internal sealed record ClaimTaskRequest(string? User = null);
